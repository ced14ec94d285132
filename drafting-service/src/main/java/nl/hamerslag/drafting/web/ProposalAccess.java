package nl.hamerslag.drafting.web;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.drafting.command.refusal.MayNotWithdraw;
import nl.hamerslag.drafting.command.refusal.NotTheAuthor;
import nl.hamerslag.drafting.query.ProposalQueries;
import nl.hamerslag.drafting.query.ProposalView;
import nl.hamerslag.platform.identity.Caller;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Finds a proposal the way a caller may know it (ADR 0017): whoever its audience does not admit gets
 * 404, as if it did not exist, for reading and for every action alike; only then does the role
 * count (403). It also says which role the caller acts in, so the audit trail records that role.
 */
@Component
class ProposalAccess {

    private final ProposalQueries queries;

    ProposalAccess(ProposalQueries queries) {
        this.queries = queries;
    }

    ProposalView visible(UUID id, Caller caller) {
        return queries.byId(id)
                .filter(view -> queries.audience(view).admits(caller))
                .orElseThrow(() -> new ProposalNotFound(id));
    }

    /** The caller as the proposal's author; 403 for anyone else it admits. */
    Caller asAuthor(ProposalView view, Caller caller) {
        if (!caller.holds(Role.AUTHOR) || !caller.subject().equals(view.author())) {
            throw new NotTheAuthor(new ProposalId(view.id()));
        }
        return caller.actingAs(Role.AUTHOR);
    }

    /**
     * The author withdraws as author; anyone else only as a manager (the aggregate checks the
     * department), so a token with both roles withdraws a colleague's proposal as MANAGER.
     */
    Caller asWithdrawer(ProposalView view, Caller caller) {
        if (caller.holds(Role.AUTHOR) && caller.subject().equals(view.author())) {
            return caller.actingAs(Role.AUTHOR);
        }
        if (caller.holds(Role.MANAGER)) {
            return caller.actingAs(Role.MANAGER);
        }
        throw new MayNotWithdraw(new ProposalId(view.id()));
    }
}
