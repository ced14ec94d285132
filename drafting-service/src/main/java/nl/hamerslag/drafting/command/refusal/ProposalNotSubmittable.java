package nl.hamerslag.drafting.command.refusal;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.drafting.command.ProposalStatus;
import nl.hamerslag.platform.problem.RuleViolation;

/** Only a proposal in DRAFT or RETURNED can be submitted. */
public class ProposalNotSubmittable extends RuleViolation {
    public ProposalNotSubmittable(ProposalId id, ProposalStatus status) {
        super(Kind.CONFLICT, "Proposal " + id + " is " + status
                + "; only a proposal in DRAFT or RETURNED can be submitted.");
    }
}
