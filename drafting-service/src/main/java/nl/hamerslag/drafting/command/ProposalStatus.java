package nl.hamerslag.drafting.command;

import java.util.Set;

/** Where a proposal is on its way from draft to decision. */
public enum ProposalStatus {
    /** being written by its author. */
    DRAFT,
    /** in the sign-off route; content frozen. */
    SUBMITTED,
    /** a signer refused: back with the author for revision. */
    RETURNED,
    /** every signature given: ready to be put on an agenda (again, after a postponement or for the next body). */
    APPROVED,
    /** an agenda item of a meeting. */
    ON_AGENDA,
    /** the deciding body took its final decision. */
    DECIDED,
    /** withdrawn by its author or their manager before a decision. */
    WITHDRAWN;

    private static final Set<ProposalStatus> EDITABLE = Set.of(DRAFT, RETURNED);

    /** The author may change fields and attachments, and submit. */
    public boolean isEditable() {
        return EDITABLE.contains(this);
    }

    /** No further change of state: decided or withdrawn. */
    public boolean isFinal() {
        return this == DECIDED || this == WITHDRAWN;
    }
}
