package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalType;

import java.util.StringJoiner;

/**
 * What an author writes: the proposal's fields. Its {@link #version()} is the SHA-256 of a fixed
 * canonical text, so the same content always has the same version, whoever computes it.
 */
public record ProposalContent(ProposalType type, String title, String summary, String portfolioHolder,
                              String department, Confidentiality confidentiality, boolean financialConsequences,
                              boolean legalConsequences, DecidingBody decidingBody) {

    public ContentHash version() {
        StringJoiner canonical = new StringJoiner("\n")
                .add("type=" + type)
                .add("title=" + title)
                .add("summary=" + (summary == null ? "" : summary))
                .add("portfolioHolder=" + portfolioHolder)
                .add("department=" + department)
                .add("confidentiality=" + confidentiality.zgwName())
                .add("financialConsequences=" + financialConsequences)
                .add("legalConsequences=" + legalConsequences)
                .add("decidingBody=" + decidingBody);
        return ContentHash.sha256(canonical.toString());
    }
}
