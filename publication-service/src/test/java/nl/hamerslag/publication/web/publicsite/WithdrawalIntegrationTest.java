package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.publication.support.ChannelsTestBase;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A withdrawal (the row deleted and the notice written in one transaction, as the projection does)
 * takes the publication off every channel at once: API, search, page, feed, sitemap and its document.
 */
class WithdrawalIntegrationTest extends ChannelsTestBase {

    @Test
    void aWithdrawnPublicationIsGoneFromEveryChannelAtOnceAndOnlyItsNoticeRemains() {
        String word = uniqueWord();
        String secret = "inhoud-" + uniqueWord();
        var row = rows.publication("DECISION", "Besluit " + word).summary("De tekst " + secret)
                .document("besluit-" + word + ".pdf", "%PDF-1.4 " + secret);
        UUID id = row.insert();
        String hash = row.documentHash();
        assertThat(client.get("/api/public/publications/" + id).status()).isEqualTo(200);
        assertThat(client.get("/api/public/publications?q=" + word).json().get("total").asLong()).isEqualTo(1);
        assertThat(browse("/openbaar/publicaties/" + id).body()).contains(secret);
        assertThat(client.get("/openbaar/feed.atom").body()).contains(secret);
        assertThat(client.get("/openbaar/sitemap.xml").body()).contains(id.toString()).contains(hash);
        assertThat(client.download("/api/public/documents/" + hash).statusCode()).isEqualTo(200);

        rows.withdraw(id, "Persoonsgegevens stonden er ten onrechte in");

        ApiResponse api = client.get("/api/public/publications/" + id);
        assertThat(api.status()).isEqualTo(410);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.json().get("reason").asString()).isEqualTo("Persoonsgegevens stonden er ten onrechte in");
        assertThat(api.body()).doesNotContain(secret);
        assertThat(client.get("/api/public/decisions/" + id).status()).isEqualTo(410);
        assertThat(client.get("/api/public/publications?q=" + word).json().get("total").asLong()).isZero();
        assertThat(browse("/openbaar?q=" + word).body()).contains("0 publicaties gevonden").doesNotContain(secret);

        ApiResponse page = browse("/openbaar/publicaties/" + id);
        assertThat(page.status()).isEqualTo(410);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Deze publicatie is ingetrokken").contains("Besluit " + word)
                .contains("Persoonsgegevens stonden er ten onrechte in").doesNotContain(secret);

        String feed = client.get("/openbaar/feed.atom").body();
        assertThat(feed).contains("Ingetrokken: Besluit " + word).doesNotContain(secret);
        assertThat(client.get("/openbaar/sitemap.xml").body()).doesNotContain(id.toString()).doesNotContain(hash);
        assertThat(client.get("/api/public/documents/" + hash).status()).isEqualTo(404);
        assertThat(client.get("/api/public/withdrawals?size=100").body()).contains(id.toString());
        assertThat(browse("/openbaar/intrekkingen").body()).contains("Besluit " + word);
    }
}
