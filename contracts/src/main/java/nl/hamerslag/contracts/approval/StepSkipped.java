package nl.hamerslag.contracts.approval;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;

/** The municipal secretary skipped a step, with a reason; recorded and visible in the route. */
public record StepSkipped(ProposalId proposalId, String routeId, String stepId, Role role, Actor skippedBy,
                          String reason) implements IntegrationEvent {
}
