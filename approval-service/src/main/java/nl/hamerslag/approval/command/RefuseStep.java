package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Niet akkoord on one step: the route ends and the proposal goes back to its author.
 *
 * @param caller          who refuses, acting in the step's role (held, or on behalf by delegation or mandate)
 * @param reviewedVersion the version the signer reviewed, when they name it
 * @param reason          required: what the author must change
 */
public record RefuseStep(@TargetAggregateIdentifier String routeId, String stepId, Caller caller,
                         ContentHash reviewedVersion, String reason) implements CallerCommand {
}
