package nl.hamerslag.meeting.command;

/** Where a meeting (vergadering) is: PLANNED → AGENDA_PUBLISHED → OPENED → CLOSED, or CANCELLED before it opened. */
public enum MeetingState {
    /** gepland: the agenda is being prepared. */
    PLANNED,
    /** agenda gepubliceerd: changes are still possible and recorded as changes. */
    AGENDA_PUBLISHED,
    /** geopend: decisions, votes, motions, amendments and commitments are recorded. */
    OPENED,
    /** gesloten: the decision list is drawn up. */
    CLOSED,
    /** geannuleerd. */
    CANCELLED;

    /** Before the meeting opened: the agenda may still change. */
    public boolean isBeforeOpening() {
        return this == PLANNED || this == AGENDA_PUBLISHED;
    }
}
