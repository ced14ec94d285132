package nl.hamerslag.drafting.command.refusal;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.drafting.command.ProposalStatus;
import nl.hamerslag.platform.problem.RuleViolation;

/** A decision is taken on an agenda item. */
public class NotOnAgenda extends RuleViolation {
    public NotOnAgenda(ProposalId id, ProposalStatus status) {
        super(Kind.CONFLICT, "Proposal " + id + " is " + status + ", not on an agenda; there is nothing to decide.");
    }
}
