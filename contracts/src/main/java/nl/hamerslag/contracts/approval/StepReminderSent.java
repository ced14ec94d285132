package nl.hamerslag.contracts.approval;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;

import java.time.Instant;

/** A step reached its deadline unsigned: its role is reminded. */
public record StepReminderSent(ProposalId proposalId, String routeId, String stepId, Role role, Instant dueAt)
        implements IntegrationEvent {
}
