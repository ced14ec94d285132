package nl.hamerslag.meeting.command;

/**
 * Bounds of a body (gremium), so that the members a meeting is planned with fit one event and one
 * Kafka record; the web layer refuses longer texts before they reach a command.
 */
public final class BodyLimits {

    /** The slug id of a body ({@code college}, {@code raad}, {@code commissie-ruimte}). */
    public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final int ID = 60;
    public static final int NAME = 200;
    /** A memberId: letters, digits, dots, dashes and underscores. */
    public static final String MEMBER_ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";
    public static final int MEMBER_ID = 80;
    public static final int PERSON_NAME = 200;
    public static final int PARTY_GROUP = 100;
    public static final int SUBJECT = 200;
    public static final int REASON = 1000;
    /** Members at one time: a council has at most 45 seats (Gemeentewet art. 8), plus chair, clerk and aldermen. */
    public static final int MEMBERS = 100;
    public static final int PARTY_GROUPS = 30;

    private BodyLimits() {
    }
}
