package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.ContentHash;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Akkoord (met opmerkingen) on one step.
 *
 * @param reviewedVersion the version the signatory reviewed, when they name it; signing another version is refused
 * @param remarks         empty or null for a plain akkoord
 */
public record ApproveStep(@TargetAggregateIdentifier String routeId, String stepId, Signatory signatory,
                          ContentHash reviewedVersion, String remarks) {
}
