package nl.hamerslag.contracts.approval;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;

import java.time.Instant;

/** A step became due: its stage opened. {@code dueAt} counts working days only. */
public record StepDue(ProposalId proposalId, String routeId, String stepId, Role role, String department,
                      Instant dueAt) implements IntegrationEvent {
}
