package nl.hamerslag.publication.query.catalogue;

import java.time.Instant;
import java.util.UUID;

/**
 * One sitemap file of the public site: the publications from {@code first} to {@code last} (inclusive) in
 * the order they were first published, holding {@code urls} URLs (a page and its documents each), and the
 * newest publication moment among them as the file's last modification.
 */
public record SitemapPage(int number, Key first, Key last, int urls, Instant lastModified) {

    /** Where a publication stands in the order of first publication; the id breaks ties. */
    public record Key(Instant firstPublishedAt, UUID publicationId) {
    }
}
