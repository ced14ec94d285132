package nl.hamerslag.meeting.command;

/** An item was taken off the agenda; it stays in the agenda's history. */
public record AgendaItemWithdrawn(String meetingId, String agendaItemId, String reason) {
}
