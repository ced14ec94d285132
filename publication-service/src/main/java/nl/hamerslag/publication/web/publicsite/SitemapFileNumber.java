package nl.hamerslag.publication.web.publicsite;

import java.util.Optional;

/** The number in a sitemap file's name: 1 to 9 digits without a leading zero, else no such file. */
final class SitemapFileNumber {

    private SitemapFileNumber() {
    }

    static Optional<Integer> parse(String text) {
        return text.matches("[1-9][0-9]{0,8}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }
}
