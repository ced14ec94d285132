package nl.hamerslag.approval.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The municipal secretary passes over a due step, with a reason; it counts as done for the route.
 *
 * @param caller who skips, acting as municipal secretary
 */
public record SkipStep(@TargetAggregateIdentifier String routeId, String stepId, Caller caller, String reason)
        implements CallerCommand {
}
