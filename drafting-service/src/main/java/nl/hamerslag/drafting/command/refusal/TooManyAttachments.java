package nl.hamerslag.drafting.command.refusal;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.problem.RuleViolation;

/** A proposal has at most the configured number of attachments, so its manifest fits one Kafka record (ADR 0026). */
public class TooManyAttachments extends RuleViolation {
    public TooManyAttachments(ProposalId id, int limit) {
        super(Kind.UNPROCESSABLE, "Proposal " + id + " already has " + limit + " attachments, the most a proposal may "
                + "have; remove one or combine documents before adding another.");
    }
}
