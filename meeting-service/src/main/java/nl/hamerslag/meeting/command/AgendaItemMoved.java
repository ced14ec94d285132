package nl.hamerslag.meeting.command;

/** An item moved to {@code position} (1 is first) among the items on the agenda. */
public record AgendaItemMoved(String meetingId, String agendaItemId, int position, String reason) {
}
