package nl.hamerslag.approval.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Hands a due step to a named person who holds its role, or whom a mandate names for it.
 *
 * @param delegateTo the subject (user id) of the delegate, as the people directory knows them
 */
public record DelegateStep(@TargetAggregateIdentifier String routeId, String stepId, Signatory signatory,
                           String delegateTo, String reason) {
}
