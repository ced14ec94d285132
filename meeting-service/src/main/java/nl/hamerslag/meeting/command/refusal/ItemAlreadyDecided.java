package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Each agenda item is decided once in a meeting; a decision is not overwritten. */
public class ItemAlreadyDecided extends RuleViolation {
    public ItemAlreadyDecided(String meetingId, String agendaItemId) {
        super(Kind.CONFLICT, "Agenda item " + agendaItemId + " of meeting " + meetingId + " is already decided; a "
                + "decision is recorded once. To reconsider, put the proposal on the agenda of a later meeting.");
    }
}
