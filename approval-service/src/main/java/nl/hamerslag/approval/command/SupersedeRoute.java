package nl.hamerslag.approval.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The route no longer counts: the proposal was resubmitted or withdrawn. */
public record SupersedeRoute(@TargetAggregateIdentifier String routeId, String reason) {
}
