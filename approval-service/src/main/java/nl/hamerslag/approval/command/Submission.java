package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalType;

/**
 * The facts of a submitted proposal that the route is built from ({@link RoutePolicy}) and that decide
 * who may see and sign it.
 *
 * @param department      the proposal's own department (afdeling); the manager step is signed there
 * @param author          the subject of the author (steller), who signs no step of it; null in routes
 *                        opened before the author was kept
 * @param confidentiality the proposal's vertrouwelijkheidaanduiding; null in routes opened before it was kept
 */
public record Submission(ProposalType type, DecidingBody decidingBody, boolean financialConsequences,
                         boolean legalConsequences, String department, String author, Confidentiality confidentiality) {
}
