package nl.hamerslag.followup.web;

import nl.hamerslag.followup.query.FollowUpItemView;
import nl.hamerslag.followup.query.FollowUpQueries;
import nl.hamerslag.followup.query.ProposalAudiences;
import nl.hamerslag.platform.identity.Caller;
import org.springframework.stereotype.Component;

/** An item the caller may see, or 404 as if it did not exist (docs/decisions/0017). */
@Component
class ItemAccess {

    private final FollowUpQueries queries;
    private final ProposalAudiences audiences;

    ItemAccess(FollowUpQueries queries, ProposalAudiences audiences) {
        this.queries = queries;
        this.audiences = audiences;
    }

    FollowUpItemView visible(String itemId, Caller caller) {
        return queries.item(itemId).filter(item -> audiences.admits(item.proposalId(), caller))
                .orElseThrow(() -> new ItemNotFound(itemId));
    }
}
