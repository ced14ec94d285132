package nl.hamerslag.drafting.command.refusal;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.drafting.command.ProposalStatus;
import nl.hamerslag.platform.problem.RuleViolation;

/** Withdrawal is possible until a decision. */
public class NotWithdrawable extends RuleViolation {
    public NotWithdrawable(ProposalId id, ProposalStatus status) {
        super(Kind.CONFLICT, "Proposal " + id + " is " + status + "; it can no longer be withdrawn.");
    }
}
