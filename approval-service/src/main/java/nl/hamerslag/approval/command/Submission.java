package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalType;

/**
 * The facts of a submitted proposal that a {@link RoutePolicy} may build the route from.
 *
 * @param department the proposal's own department (afdeling); a rule step may ask for the role holder there
 */
public record Submission(ProposalType type, DecidingBody decidingBody, boolean financialConsequences,
                         boolean legalConsequences, String department) {
}
