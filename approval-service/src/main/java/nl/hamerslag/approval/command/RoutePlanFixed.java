package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.ProposalId;

/**
 * The full plan of a route as it opened (departments, terms, the rule that made it), next to the
 * published {@code RouteOpened} that carries step ids and roles only. Kept inside this service.
 */
public record RoutePlanFixed(String routeId, ProposalId proposalId, RoutePlan plan) {
}
