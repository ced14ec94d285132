package nl.hamerslag.approval.command;

/** Where a step stands: the route decides it, the read model stores its name. */
public enum StepState {
    /** wachtend: an earlier stage is not yet done. */
    WAITING,
    /** te accorderen: the step's role (or its delegate) can act now. */
    DUE,
    /** akkoord (met opmerkingen). */
    APPROVED,
    /** niet akkoord: the route ended and the proposal went back to its author. */
    REFUSED,
    /** overgeslagen by the municipal secretary, with a reason. */
    SKIPPED,
    /**
     * vervallen: the route ended (refused elsewhere, superseded) before this step was done. Only the read
     * model writes it: to the route, a step of a closed route is simply not open to anyone.
     */
    CANCELLED
}
