package nl.hamerslag.contracts.drafting;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;

/**
 * Doorsturen: the author sent the proposal into the sign-off route. The content is frozen at
 * {@code version} (the hash of {@code manifest}) until it comes back for revision. A resubmission
 * after a return is a new ProposalSubmitted with a new version.
 *
 * @param author   the subject of the author
 * @param manifest the fields' hash and every attachment's hash, as submitted
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
        String author,
        Manifest manifest) implements IntegrationEvent {
}
