package nl.hamerslag.meeting.command;

/** Bounds of what is recorded on the floor, so that every vote, motion and commitment fits one Kafka record. */
public final class FloorLimits {

    public static final int ID = 80;
    public static final int TITLE = 300;
    public static final int TEXT = 20_000;
    public static final int SUBMITTERS = 45;
    public static final int CO_SIGNERS = 100;
    /** Votes and member lists in one vote: never more than a body's members. */
    public static final int MEMBERS = BodyLimits.MEMBERS;
    public static final int COMMITMENT_TEXT = 4_000;
    public static final int PARTY = 300;

    private FloorLimits() {
    }
}
