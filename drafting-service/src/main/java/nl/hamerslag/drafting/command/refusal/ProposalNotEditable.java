package nl.hamerslag.drafting.command.refusal;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.drafting.command.ProposalStatus;
import nl.hamerslag.platform.problem.RuleViolation;

/** Fields and attachments change only while the proposal is with its author. */
public class ProposalNotEditable extends RuleViolation {
    public ProposalNotEditable(ProposalId id, ProposalStatus status) {
        super(Kind.CONFLICT, "Proposal " + id + " is " + status + "; it can be changed only in DRAFT or RETURNED "
                + "(a submitted version is frozen until it is returned for revision).");
    }
}
