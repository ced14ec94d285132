package nl.hamerslag.drafting.web;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.drafting.support.DraftingApi;
import nl.hamerslag.drafting.support.DraftingIntegrationTest;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/proposals/{id}?asOf= answers the proposal as it was then, in the shape of the current one. */
@DraftingIntegrationTest
class AsOfIntegrationTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @LocalServerPort
    int port;

    DraftingApi api;

    @BeforeEach
    void setUp() {
        api = new DraftingApi(port);
    }

    @Test
    void aProposalAsOfAMomentIsWhatItWasThen() {
        Instant beforeIt = Instant.now();
        String id = api.drafted();
        ApiResponse drafted = api.get("/api/proposals/" + id, DraftingApi.as(Role.AUTHOR));
        Instant afterDrafting = Instant.now();
        ApiResponse revised = api.patch(id, "{\"title\":\"Herinrichting Stationsplein\"}", MERGE_PATCH,
                drafted.header("ETag"), DraftingApi.as(Role.AUTHOR));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);

        ApiResponse then = asOf(id, afterDrafting);
        assertThat(then.status()).as(then.toString()).isEqualTo(200);
        assertThat(then.json().get("title").asString()).isEqualTo("Herinrichting Marktplein");
        assertThat(then.json().get("revision").asLong()).isEqualTo(drafted.json().get("revision").asLong());
        assertThat(then.json().propertyNames()).containsExactlyInAnyOrderElementsOf(drafted.json().propertyNames());
        assertThat(then.header("ETag")).isNull();

        ApiResponse now = asOf(id, Instant.now());
        assertThat(now.json().get("title").asString()).isEqualTo("Herinrichting Stationsplein");
        assertThat(api.get("/api/proposals/" + id, DraftingApi.as(Role.AUTHOR)).json().get("title").asString())
                .isEqualTo("Herinrichting Stationsplein");

        ApiResponse notYet = asOf(id, beforeIt);
        assertThat(notYet.status()).as(notYet.toString()).isEqualTo(404);
    }

    @Test
    void asOfInTheFutureOrMalformedIsRefusedWithWhatToSend() {
        String id = api.drafted();
        ApiResponse future = asOf(id, Instant.now().plusSeconds(3600));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.contentType()).startsWith("application/problem+json");
        assertThat(future.json().get("detail").asString()).contains("future");

        ApiResponse malformed = api.get("/api/proposals/" + id + "?asOf=gisteren", DraftingApi.as(Role.AUTHOR));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asString()).contains("ISO-8601");
    }

    @Test
    void anOutsiderDoesNotSeeAnEarlierStateEither() {
        String id = api.drafted(DraftingApi.VALID.replace("openbaar", "vertrouwelijk"));
        assertThat(asOf(id, Instant.now()).status()).isEqualTo(200);
        ApiResponse outsider = asOf(id, Instant.now(), DraftingApi.token("olga.buiten", "Elders", Role.AUTHOR));
        assertThat(outsider.status()).isEqualTo(404);
    }

    private ApiResponse asOf(String id, Instant at) {
        return asOf(id, at, DraftingApi.as(Role.AUTHOR));
    }

    private ApiResponse asOf(String id, Instant at, String token) {
        return api.get("/api/proposals/" + id + "?asOf=" + at, token);
    }
}
