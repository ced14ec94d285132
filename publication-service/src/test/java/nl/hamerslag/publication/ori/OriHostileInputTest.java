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
 * cursor check: no 5xx, every refusal problem+json. Only the ORI operations: the other public ones are
 * PublicChannelsHostileInputTest's, the rest HostileInputTest's.
 */
class OriHostileInputTest extends OriTestBase {

    static final String ORI = "/api/public/ori/v1/";

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
                .only(operation -> operation.path().startsWith(ORI))
                .knownValues((ApiOperation operation) -> {
                    String path = operation.path();
                    String collection = path.replace(ORI, "").replace("/{id}", "");
                    return Map.of("id", ids.getOrDefault(collection, decision), "cursor", cursor,
                            "Last-Event-ID", "1");
                })
                .run();

        report.assertNoFindings();
        System.out.println("ORI hostile input: " + report.onDocumentedOperations() + " requests on documented operations");
        assertThat(report.onDocumentedOperations()).isGreaterThanOrEqualTo(200);
    }

    private String firstId(String collection) {
        return ok(citizen.get("/api/public/ori/v1/" + collection)).json().get("results").get(0).get("id").asString();
    }
}
