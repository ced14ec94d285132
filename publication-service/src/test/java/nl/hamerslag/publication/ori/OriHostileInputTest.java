package nl.hamerslag.publication.ori;

import nl.hamerslag.test.hostile.ApiOperation;
import nl.hamerslag.test.hostile.HostileInputHarness;
import nl.hamerslag.test.hostile.HostileReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ORI feed and resources with hostile values (ADR 22), without a token as anyone calls them, handed ids
 * of resources that exist and a cursor that is valid, so that the harness reaches past the 404s and the
 * cursor check: no 5xx, every refusal problem+json. The harness attacks the whole OpenAPI document of the
 * service; the ORI operations are the ones this test gives real values.
 */
class OriHostileInputTest extends OriTestBase {

    @Test
    void noHostileInputOnTheOriFeedOrResourcesIsAServerError() {
        String meeting = "hostile-ori-" + UUID.randomUUID();
        LocalDate date = LocalDate.of(2026, 6, 4);
        agenda(meeting, date, "Opening", "Sluiting");
        String decision = decision(meeting, date, "Hostile besluit", "Tekst.");
        JsonNode feed = ok(citizen.get("/api/public/ori/v1/feed?limit=1")).json();
        String cursor = feed.get("cursor").asString();
        Map<String, String> ids = Map.of(
                "vergaderingen", meeting,
                "besluiten", decision,
                "agendapunten", firstId("agendapunten"),
                "informatieobjecten", firstId("informatieobjecten"));

        HostileReport report = HostileInputHarness.against("publication-service", port, jdbc)
                .knownValues((ApiOperation operation) -> {
                    String path = operation.path();
                    String collection = path.replace("/api/public/ori/v1/", "").replace("/{id}", "");
                    return Map.of("id", ids.getOrDefault(collection, decision), "cursor", cursor,
                            "Last-Event-ID", "1");
                })
                .run();

        report.assertNoFindings();
        assertThat(report.onDocumentedOperations()).isGreaterThanOrEqualTo(500);
    }

    private String firstId(String collection) {
        return ok(citizen.get("/api/public/ori/v1/" + collection)).json().get("results").get(0).get("id").asString();
    }
}
