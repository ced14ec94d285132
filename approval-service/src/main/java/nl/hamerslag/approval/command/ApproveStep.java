package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Akkoord (met opmerkingen) on one step.
 *
 * @param caller          who signs, acting in the step's role (held, or on behalf by delegation or mandate)
 * @param reviewedVersion the version the signer reviewed, when they name it; signing another version is refused
 * @param remarks         empty or null for a plain akkoord
 */
public record ApproveStep(@TargetAggregateIdentifier String routeId, String stepId, Caller caller,
                          ContentHash reviewedVersion, String remarks) implements CallerCommand {
}
