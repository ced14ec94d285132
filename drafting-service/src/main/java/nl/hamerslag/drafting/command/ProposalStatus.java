package nl.hamerslag.drafting.command;

/** Where a proposal is on its way from draft to decision. */
public enum ProposalStatus {
    /** being written by its author. */
    DRAFT,
    /** in the sign-off route; content frozen. */
    SUBMITTED,
    /** every signature given: ready for a decision. */
    APPROVED
}
