package nl.hamerslag.contracts.approval;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;

import java.time.Instant;

/** A step stayed unsigned past its grace period: escalated (to the municipal secretary by default). */
public record StepEscalated(ProposalId proposalId, String routeId, String stepId, Role role, Instant dueAt,
                            Role escalatedTo) implements IntegrationEvent {
}
