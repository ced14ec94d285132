package nl.hamerslag.drafting.command.refusal;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.drafting.command.ProposalStatus;
import nl.hamerslag.platform.problem.RuleViolation;

/** Approval or return only follows submission. */
public class NotInSignOff extends RuleViolation {
    public NotInSignOff(ProposalId id, ProposalStatus status) {
        super(Kind.CONFLICT, "Proposal " + id + " is " + status + ", not in the sign-off route.");
    }
}
