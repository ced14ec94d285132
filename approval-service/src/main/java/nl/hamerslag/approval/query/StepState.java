package nl.hamerslag.approval.query;

/** Where a step stands. */
public enum StepState {
    /** wachtend: an earlier stage is not yet approved. */
    WAITING,
    /** te accorderen: the step's role can sign now. */
    DUE,
    /** akkoord. */
    APPROVED
}
