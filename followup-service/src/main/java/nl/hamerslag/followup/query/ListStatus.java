package nl.hamerslag.followup.query;

/**
 * The status of an entry on the griffie's lists (toezeggingenlijst, motielijst), as the council
 * reads it: settled, overdue, new, or held over to the next list.
 */
public enum ListStatus {
    /** afgedaan: the council agreed to the settlement. */
    SETTLED("afgedaan"),
    /** te laat: the deadline passed. */
    OVERDUE("te laat"),
    /** nieuw: on the list for the first time, nobody started yet. */
    NEW("nieuw"),
    /** aangehouden: in progress, or its settlement awaits the council; stays on the list. */
    HELD("aangehouden");

    private final String dutch;

    ListStatus(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    public static ListStatus of(FollowUpItemView item) {
        if ("SETTLED".equals(item.state())) {
            return SETTLED;
        }
        if (item.overdue()) {
            return OVERDUE;
        }
        return "OPEN".equals(item.state()) ? NEW : HELD;
    }
}
