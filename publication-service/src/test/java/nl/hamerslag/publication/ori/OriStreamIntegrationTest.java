package nl.hamerslag.publication.ori;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed as server-sent events: resumed after Last-Event-ID, each record's id: its sequence number. */
class OriStreamIntegrationTest extends OriTestBase {

    @Test
    void theStreamResumesAfterTheLastEventIdAndSendsNewRecordsAsTheyAreStored() throws Exception {
        decision("ori-" + UUID.randomUUID(), LocalDate.of(2026, 6, 11), "Eerste besluit", "Tekst.");
        long head = ok(citizen.get("/api/public/ori/v1")).json().get("head").asLong();

        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/public/ori/v1/feed/stream"))
                        .header("Accept", "text/event-stream").header("Last-Event-ID", Long.toString(head - 1)).build(),
                HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Iterator<String> lines = response.body().iterator();

        List<String> ids = read(lines, Long.toString(head));
        assertThat(ids).as("epoch first, then only what came after Last-Event-ID").containsExactly(Long.toString(head));

        decision("ori-" + UUID.randomUUID(), LocalDate.of(2026, 6, 11), "Tweede besluit", "Tekst.");
        long now = ok(citizen.get("/api/public/ori/v1")).json().get("head").asLong();
        List<String> more = read(lines, Long.toString(now));
        assertThat(more).first().isEqualTo(Long.toString(head + 1));
        assertThat(more).last().isEqualTo(Long.toString(now));
        response.body().close();
    }

    /** The ids of the events up to and including {@code untilId}, within 30 seconds. */
    private static List<String> read(Iterator<String> lines, String untilId) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            List<String> ids = new ArrayList<>();
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("id:")) {
                    ids.add(line.substring(3).trim());
                    if (ids.get(ids.size() - 1).equals(untilId)) {
                        return ids;
                    }
                }
            }
            return ids;
        }).get(30, TimeUnit.SECONDS);
    }
}
