package nl.hamerslag.publication.query.catalogue;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SitemapPagesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void everythingThatFitsIsOneFile() {
        List<SitemapPage> pages = SitemapPages.split(entries(2, 3, 5), 10);

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).urls()).isEqualTo(10);
    }

    @Test
    void aFileNeverHoldsMoreThanTheLimitAndNeverSplitsAPublicationFromItsDocuments() {
        List<SitemapPages.Entry> entries = entries(4, 4, 3, 1, 5);

        List<SitemapPage> pages = SitemapPages.split(entries, 8);

        assertThat(pages).extracting(SitemapPage::urls).containsExactly(8, 4, 5);
        assertThat(pages).extracting(SitemapPage::number).containsExactly(1, 2, 3);
        assertThat(pages.get(1).first()).isEqualTo(entries.get(2).key());
        assertThat(pages.get(1).last()).isEqualTo(entries.get(3).key());
    }

    @Test
    void aFileIsAsNewAsTheNewestPublicationInIt() {
        List<SitemapPages.Entry> entries = List.of(
                new SitemapPages.Entry(key(0), 1, T0.plusSeconds(500)),
                new SitemapPages.Entry(key(1), 1, T0.plusSeconds(100)));

        assertThat(SitemapPages.split(entries, 5).get(0).lastModified()).isEqualTo(T0.plusSeconds(500));
    }

    @Test
    void noPublicationsNoFiles() {
        assertThat(SitemapPages.split(List.of(), 5)).isEmpty();
    }

    private static List<SitemapPages.Entry> entries(int... urls) {
        return IntStream.range(0, urls.length)
                .mapToObj(i -> new SitemapPages.Entry(key(i), urls[i], T0.plusSeconds(i))).toList();
    }

    private static SitemapPage.Key key(int i) {
        return new SitemapPage.Key(T0.plusSeconds(i), new UUID(0, i));
    }
}
