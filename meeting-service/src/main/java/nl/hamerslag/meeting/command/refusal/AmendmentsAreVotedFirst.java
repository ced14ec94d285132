package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

import java.util.List;

/** Amendments are voted before the proposal they amend, and an item is decided only after them. */
public class AmendmentsAreVotedFirst extends RuleViolation {
    public AmendmentsAreVotedFirst(String meetingId, String agendaItemId, List<String> amendmentIds) {
        super(Kind.CONFLICT, "Agenda item " + agendaItemId + " of meeting " + meetingId + " has amendments still pending: " + amendmentIds + "; vote on them, or record them withdrawn or held, first.");
    }
}
