package nl.hamerslag.contracts.drafting;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;

/**
 * Doorsturen: the author sent the proposal into the sign-off route. The content is frozen at
 * {@code version} (the SHA-256 of its canonical content) until it comes back for revision.
 *
 * @param author the subject of the author, who may resubmit after a refusal
 */
public record ProposalSubmitted(
        ProposalId proposalId,
        ContentHash version,
        ProposalType type,
        String title,
        String department,
        String portfolioHolder,
        Confidentiality confidentiality,
        boolean financialConsequences,
        boolean legalConsequences,
        DecidingBody decidingBody,
        String author) implements IntegrationEvent {
}
