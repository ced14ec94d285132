package nl.hamerslag.approval.query;

/** Where a route stands. */
public enum RouteStatus {
    /** lopend: steps still to sign. */
    OPEN,
    /** afgerond: every step approved; the proposal is ready for a decision. */
    COMPLETED
}
