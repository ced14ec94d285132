package nl.hamerslag.approval.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The municipal secretary passes over a due step, with a reason; it counts as done for the route. */
public record SkipStep(@TargetAggregateIdentifier String routeId, String stepId, Signatory signatory, String reason) {
}
