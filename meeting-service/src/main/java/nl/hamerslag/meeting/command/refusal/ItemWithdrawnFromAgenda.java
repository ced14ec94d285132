package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A withdrawn item stays in the history of the agenda but is no longer dealt with. */
public class ItemWithdrawnFromAgenda extends RuleViolation {
    public ItemWithdrawnFromAgenda(String meetingId, String agendaItemId) {
        super(Kind.CONFLICT, "Agenda item " + agendaItemId + " of meeting " + meetingId + " was withdrawn from the "
                + "agenda; put the proposal on an agenda again (it is back on the ready list) to deal with it.");
    }
}
