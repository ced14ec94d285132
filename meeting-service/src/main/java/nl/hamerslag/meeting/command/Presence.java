package nl.hamerslag.meeting.command;

/** Aanwezigheid of one member in one meeting. */
public enum Presence {
    /** aanwezig. */
    PRESENT,
    /** afwezig. */
    ABSENT,
    /** afwezig met kennisgeving (afgemeld). */
    EXCUSED
}
