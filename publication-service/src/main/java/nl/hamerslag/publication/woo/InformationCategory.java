package nl.hamerslag.publication.woo;

/**
 * A Woo information category (informatiecategorie): one of the 17 of art. 3.3, or the catch-all of
 * art. 3.1 for what is published without being obliged to.
 *
 * @param uri     its TOOI URI ({@code https://identifier.overheid.nl/tooi/def/thes/kern/c_…})
 * @param label   its Dutch name as TOOI gives it
 * @param article the article of the Woo that names it: {@code 3.3} or {@code 3.1}
 */
public record InformationCategory(String uri, String label, String article) {

    /** The last part of the TOOI URI, e.g. {@code c_db4862c3}: what a search form or query parameter names. */
    public String code() {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
