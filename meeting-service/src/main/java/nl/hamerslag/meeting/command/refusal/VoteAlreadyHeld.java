package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** The proposal of an agenda item is voted once in a meeting. */
public class VoteAlreadyHeld extends RuleViolation {
    public VoteAlreadyHeld(String meetingId, String agendaItemId) {
        super(Kind.CONFLICT, "The proposal of agenda item " + agendaItemId + " was already voted on in meeting " + meetingId + "; GET " + "/api/meetings/" + meetingId + "/votes shows the result.");
    }
}
