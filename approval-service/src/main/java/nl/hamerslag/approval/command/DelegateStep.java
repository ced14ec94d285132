package nl.hamerslag.approval.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Hands a due step to a named person who holds its role, or whom a mandate names for it.
 *
 * @param caller     who delegates, acting in the step's role or as municipal secretary
 * @param delegateTo the subject (user id) of the delegate, as the people directory knows them
 */
public record DelegateStep(@TargetAggregateIdentifier String routeId, String stepId, Caller caller,
                           String delegateTo, String reason) implements CallerCommand {
}
