package nl.hamerslag.followup.web;

import nl.hamerslag.followup.query.FollowUpItemView;
import nl.hamerslag.followup.query.FollowUpQueries;
import nl.hamerslag.followup.query.FollowUpVisibility;
import nl.hamerslag.platform.identity.Caller;
import org.springframework.stereotype.Component;

/** An item the caller may see, or 404 as if it did not exist (docs/decisions/0017). */
@Component
class ItemAccess {

    private final FollowUpQueries queries;
    private final FollowUpVisibility visibility;

    ItemAccess(FollowUpQueries queries, FollowUpVisibility visibility) {
        this.queries = queries;
        this.visibility = visibility;
    }

    FollowUpItemView visible(String itemId, Caller caller) {
        return queries.item(itemId).filter(item -> visibility.admits(item.proposalId(), caller))
                .orElseThrow(() -> new ItemNotFound(itemId));
    }
}
