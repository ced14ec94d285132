package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.ContentHash;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Niet akkoord on one step: the route ends and the proposal goes back to its author.
 *
 * @param reviewedVersion the version the signatory reviewed, when they name it
 * @param reason          required: what the author must change
 */
public record RefuseStep(@TargetAggregateIdentifier String routeId, String stepId, Signatory signatory,
                         ContentHash reviewedVersion, String reason) {
}
