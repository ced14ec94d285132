package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** The council decides only with more than half of its seats present (Gemeentewet art. 20). */
public class NoQuorum extends RuleViolation {
    public NoQuorum(String meetingId, int present, int seats) {
        super(Kind.CONFLICT, "Meeting " + meetingId + " has " + present + " of " + seats + " seats present; the council "
                + "decides only with more than half present (Gemeentewet art. 20). Record the members who arrive "
                + "(POST /api/meetings/" + meetingId + "/attendance) or postpone the item to another meeting.");
    }
}
