package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.problem.RuleViolation;

/** Only an approved proposal that waits for this body (its ready list) can be put on the agenda. */
public class NotReadyForThisBody extends RuleViolation {
    public NotReadyForThisBody(ProposalId proposalId, String meetingId, DecidingBody body) {
        super(Kind.CONFLICT, "Proposal " + proposalId + " is not ready for the " + body + ": it is not approved yet, "
                + "already on an agenda, decided, or waiting for another body. Only the proposals of GET "
                + "/api/meetings/ready?body=" + body + " can be put on the agenda of meeting " + meetingId + ".");
    }
}
