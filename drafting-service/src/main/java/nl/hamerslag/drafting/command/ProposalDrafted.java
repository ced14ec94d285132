package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;

/** A proposal was started by its author; kept within drafting. */
public record ProposalDrafted(ProposalId proposalId, ProposalContent content, ContentHash version, Actor author) {
}
