package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.ProposalId;

/**
 * The full plan of a route as it opened (departments, terms, the rule that made it), next to the
 * published {@code RouteOpened} that carries step ids, roles and departments only. Kept inside this service.
 *
 * @param submission what was submitted: the author, who signs no step, and who may see the route;
 *                   null in routes opened before it was kept
 */
public record RoutePlanFixed(String routeId, ProposalId proposalId, RoutePlan plan, Submission submission) {
}
