package nl.hamerslag.publication.command;

/**
 * One passage blacked out (gelakt) in a redacted version, with the Woo ground that withholds it.
 *
 * @param document    the name of the redacted document it is in
 * @param page        the page it is on (1 for the first); null when not said
 * @param ground      the Woo ground's code, art. 5.1 or 5.2 ({@code 5.1.2e})
 * @param description what was withheld, in words the public may read
 */
public record Redaction(String document, Integer page, String ground, String description) {
}
