package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalType;

/** The facts of a submitted proposal that a {@link RoutePolicy} may build the route from. */
public record Submission(ProposalType type, DecidingBody decidingBody, boolean financialConsequences,
                         boolean legalConsequences) {
}
