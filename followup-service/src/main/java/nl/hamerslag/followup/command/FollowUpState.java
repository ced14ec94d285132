package nl.hamerslag.followup.command;

/** Where a follow-up item is on its way to being settled (afgedaan). */
public enum FollowUpState {
    /** nieuw: opened, nobody started yet. */
    OPEN,
    /** in behandeling. */
    IN_PROGRESS,
    /** afdoening voorgesteld: a letter or answer awaits acceptance. */
    SETTLEMENT_PROPOSED,
    /** afgedaan. */
    SETTLED
}
