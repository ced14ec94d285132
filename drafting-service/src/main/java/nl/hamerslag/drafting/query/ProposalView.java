package nl.hamerslag.drafting.query;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalType;

import java.time.Instant;
import java.util.UUID;

/** A proposal as readers see it. */
public record ProposalView(UUID id, ProposalType type, String title, String summary, String portfolioHolder,
                           String department, Confidentiality confidentiality, boolean financialConsequences,
                           boolean legalConsequences, DecidingBody decidingBody, String author, String authorName,
                           String status, String version, String submittedVersion, Instant createdAt,
                           Instant updatedAt) {
}
