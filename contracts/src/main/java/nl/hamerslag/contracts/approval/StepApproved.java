package nl.hamerslag.contracts.approval;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;

/**
 * Akkoord: a step was signed off. The signature names the exact version it signs.
 *
 * @param remarks     empty for a plain akkoord; text for akkoord met opmerkingen
 * @param delegatedBy the subject who delegated this step to the signer, or null
 */
public record StepApproved(ProposalId proposalId, String routeId, String stepId, Role role, ContentHash version,
                           Actor signer, String remarks, String delegatedBy) implements IntegrationEvent {
}
