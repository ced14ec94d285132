package nl.hamerslag.drafting.query;

import java.util.List;

/** One page of a search. */
public record ProposalPage(List<ProposalView> items, int page, int size, long totalItems) {
}
