package nl.hamerslag.drafting.query;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.drafting.command.ProposalStatus;

/**
 * A search over the proposals; null filters are not applied.
 *
 * @param sort one of {@link ProposalQueries#SORTABLE}
 */
public record ProposalSearch(boolean mine, ProposalStatus status, ProposalType type, String department,
                             String portfolioHolder, DecidingBody decidingBody, String text, int page, int size,
                             String sort, boolean ascending) {
}
