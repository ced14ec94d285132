package nl.hamerslag.contracts.approval;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;

import java.util.List;

/**
 * The route of {@code version} ended in a refusal: the proposal goes back to its author with every
 * remark made so far, the refusal's reason among them.
 */
public record ReturnedForRevision(ProposalId proposalId, String routeId, ContentHash version, List<Remark> remarks)
        implements IntegrationEvent {

    public ReturnedForRevision {
        remarks = List.copyOf(remarks);
    }

    /** One remark: from an approval with remarks, or the refusal ({@code refusal} true). */
    public record Remark(String stepId, Role role, String by, String text, boolean refusal) {
    }
}
