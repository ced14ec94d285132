package nl.hamerslag.publication.ori;

/**
 * Why a resource left the feed (verwijderreden), as a code a reader can act on.
 */
public enum RemovalReason {
    /** the final editor withdrew the publication it came from (ingetrokken). */
    INGETROKKEN("ingetrokken"),
    /** it is no longer part of what is public, e.g. an agenda item a corrected agenda no longer has (vervallen). */
    VERVALLEN("vervallen");

    private final String code;

    RemovalReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
