package nl.hamerslag.contracts.drafting;

/** The proposal text itself, or a bijlage. */
public enum AttachmentKind {
    /** the main document: the proposal text. */
    MAIN,
    /** a bijlage (annex). */
    ANNEX
}
