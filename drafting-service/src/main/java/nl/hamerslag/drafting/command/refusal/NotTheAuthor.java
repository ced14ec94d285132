package nl.hamerslag.drafting.command.refusal;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.problem.RuleViolation;

/** Only the author drafts, revises, attaches and submits. */
public class NotTheAuthor extends RuleViolation {
    public NotTheAuthor(ProposalId id) {
        super(Kind.FORBIDDEN, "Only the author of proposal " + id + " may do this.");
    }
}
