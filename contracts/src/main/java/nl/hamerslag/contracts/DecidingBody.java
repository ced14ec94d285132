package nl.hamerslag.contracts;

/** Gremium: the body that decides. */
public enum DecidingBody {
    /** college van burgemeester en wethouders. */
    COLLEGE,
    /** a council committee (raadscommissie). */
    COMMITTEE,
    /** gemeenteraad. */
    COUNCIL
}
