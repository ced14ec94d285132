package nl.hamerslag.drafting.web;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.drafting.command.ProposalRefusals.NotTheAuthor;
import nl.hamerslag.drafting.query.ProposalQueries;
import nl.hamerslag.drafting.query.ProposalView;
import nl.hamerslag.drafting.query.Viewer;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Finds a proposal the way a caller may know it: what they may not see does not exist for them (404). */
@Component
class ProposalAccess {

    private final ProposalQueries queries;

    ProposalAccess(ProposalQueries queries) {
        this.queries = queries;
    }

    ProposalView visible(UUID id, Viewer viewer) {
        return queries.byId(id)
                .filter(view -> viewer.maySee(view.confidentiality(), view.author()))
                .orElseThrow(() -> new ProposalNotFound(id));
    }

    /** Visible, and the caller is its author (403 when visible but someone else's). */
    ProposalView ownedBy(UUID id, Viewer viewer) {
        ProposalView view = visible(id, viewer);
        if (!view.author().equals(viewer.subject())) {
            throw new NotTheAuthor(new ProposalId(id));
        }
        return view;
    }
}
