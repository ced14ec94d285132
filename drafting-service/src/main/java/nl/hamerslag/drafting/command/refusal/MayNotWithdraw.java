package nl.hamerslag.drafting.command.refusal;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.problem.RuleViolation;

/** The author or a manager of the proposal's department withdraws. */
public class MayNotWithdraw extends RuleViolation {
    public MayNotWithdraw(ProposalId id) {
        super(Kind.FORBIDDEN, "Only the author of proposal " + id
                + " or a manager of its department may withdraw it.");
    }
}
