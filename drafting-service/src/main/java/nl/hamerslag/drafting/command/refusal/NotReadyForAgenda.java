package nl.hamerslag.drafting.command.refusal;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.drafting.command.ProposalStatus;
import nl.hamerslag.platform.problem.RuleViolation;

/** Only an approved proposal can be put on an agenda. */
public class NotReadyForAgenda extends RuleViolation {
    public NotReadyForAgenda(ProposalId id, ProposalStatus status) {
        super(Kind.CONFLICT, "Proposal " + id + " is " + status + "; only an APPROVED proposal can be scheduled.");
    }
}
