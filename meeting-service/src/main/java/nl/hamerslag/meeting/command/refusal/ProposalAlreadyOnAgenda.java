package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.problem.RuleViolation;

/** A proposal is on one agenda once. */
public class ProposalAlreadyOnAgenda extends RuleViolation {
    public ProposalAlreadyOnAgenda(ProposalId proposalId, String meetingId, String agendaItemId) {
        super(Kind.CONFLICT, "Proposal " + proposalId + " is already on the agenda of meeting " + meetingId
                + " as item " + agendaItemId + "; move or mark that item instead.");
    }
}
