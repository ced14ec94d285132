package nl.hamerslag.approval.command;

/** Where a route stands: the route decides it, the read model stores its name. */
public enum RouteStatus {
    /** lopend: steps still to sign. */
    OPEN,
    /** afgerond: every step approved (or skipped); the proposal is ready for a decision. */
    COMPLETED,
    /** teruggestuurd: a step was refused; the proposal went back to its author. */
    RETURNED,
    /** vervangen: the proposal was resubmitted (a newer route counts) or withdrawn. */
    SUPERSEDED
}
