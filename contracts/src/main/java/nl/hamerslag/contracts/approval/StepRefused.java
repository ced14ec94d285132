package nl.hamerslag.contracts.approval;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;

/** Niet akkoord: a signer refused the version, with a reason. The route ends; see {@link ReturnedForRevision}. */
public record StepRefused(ProposalId proposalId, String routeId, String stepId, Role role, ContentHash version,
                          Actor refuser, String reason) implements IntegrationEvent {
}
