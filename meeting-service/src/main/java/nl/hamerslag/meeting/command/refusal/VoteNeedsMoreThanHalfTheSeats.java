package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A vote is valid only when more than half of the seats take part (Gemeentewet art. 29). */
public class VoteNeedsMoreThanHalfTheSeats extends RuleViolation {
    public VoteNeedsMoreThanHalfTheSeats(String meetingId, int taking, int seats) {
        super(Kind.CONFLICT, "Only " + taking + " of the " + seats + " seats take part in this vote in meeting " + meetingId + "; a vote needs more than half of the seats. Record the attendance of the members present first, or postpone the item.");
    }
}
