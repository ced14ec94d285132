package nl.hamerslag.contracts.meeting;

/** Which readers a meeting package is for. */
public enum PackageVariant {
    /** for the members of the body and whoever may see every item: everything. */
    INTERNAL,
    /** for everyone: without confidential items and without documents that are not public. */
    PUBLIC
}
