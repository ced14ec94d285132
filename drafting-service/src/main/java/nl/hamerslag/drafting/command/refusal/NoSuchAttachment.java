package nl.hamerslag.drafting.command.refusal;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.problem.RuleViolation;

/** The attachment does not belong to the proposal (any more). */
public class NoSuchAttachment extends RuleViolation {
    public NoSuchAttachment(ProposalId id, String attachmentId) {
        super(Kind.NOT_FOUND, "Proposal " + id + " has no attachment " + attachmentId + ".");
    }
}
