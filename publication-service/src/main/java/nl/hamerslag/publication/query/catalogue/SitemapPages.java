package nl.hamerslag.publication.query.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the public publications, oldest first publication first, into sitemap files of at most
 * {@code limit} URLs each, never splitting a publication from its documents. Oldest first keeps the
 * files stable: a new publication joins the last file, and a correction keeps its first publication
 * moment, so a crawler sees earlier files change only when something in them is withdrawn.
 */
final class SitemapPages {

    /** A publication in order, with the number of URLs it takes (its page and one per document). */
    record Entry(SitemapPage.Key key, int urls, Instant publishedAt) {
    }

    private SitemapPages() {
    }

    static List<SitemapPage> split(List<Entry> entries, int limit) {
        List<SitemapPage> pages = new ArrayList<>();
        Entry first = null;
        Entry last = null;
        int urls = 0;
        Instant newest = null;
        for (Entry entry : entries) {
            if (first != null && urls + entry.urls() > limit) {
                pages.add(new SitemapPage(pages.size() + 1, first.key(), last.key(), urls, newest));
                first = null;
            }
            if (first == null) {
                first = entry;
                urls = 0;
                newest = entry.publishedAt();
            }
            last = entry;
            urls += entry.urls();
            newest = entry.publishedAt().isAfter(newest) ? entry.publishedAt() : newest;
        }
        if (first != null) {
            pages.add(new SitemapPage(pages.size() + 1, first.key(), last.key(), urls, newest));
        }
        return pages;
    }
}
