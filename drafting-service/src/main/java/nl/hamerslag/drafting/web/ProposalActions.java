package nl.hamerslag.drafting.web;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.drafting.query.ProposalView;
import nl.hamerslag.platform.identity.Caller;

import java.util.ArrayList;
import java.util.List;

/**
 * What the caller may do next with a proposal, so a client need not know the rules. The server
 * still checks every action; this is a hint that is right when the list is made.
 */
final class ProposalActions {

    static final String REVISE = "revise";
    static final String MANAGE_ATTACHMENTS = "manage-attachments";
    static final String SUBMIT = "submit";
    static final String WITHDRAW = "withdraw";
    static final String VERSIONS = "versions";

    private ProposalActions() {
    }

    static List<String> of(ProposalView view, Caller caller) {
        boolean author = caller.holds(Role.AUTHOR) && view.author().equals(caller.subject());
        boolean departmentManager = caller.holds(Role.MANAGER) && caller.isOfDepartment(view.department());
        List<String> actions = new ArrayList<>();
        if (author && view.status().isEditable()) {
            actions.add(REVISE);
            actions.add(MANAGE_ATTACHMENTS);
            if (view.hasMainDocument()) {
                actions.add(SUBMIT);
            }
        }
        if ((author || departmentManager) && !view.status().isFinal()) {
            actions.add(WITHDRAW);
        }
        if (view.submittedVersion() != null) {
            actions.add(VERSIONS);
        }
        return actions;
    }
}
