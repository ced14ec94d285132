package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.publication.support.ChannelsTestBase;
import nl.hamerslag.test.hostile.ApiOperation;
import nl.hamerslag.test.hostile.HostileInputHarness;
import nl.hamerslag.test.hostile.HostileReport;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public endpoint and page with hostile values (ADR 22), without a token as citizens call
 * them, handed a publication, a meeting and a document that exist so that the harness reaches past
 * the 404s: no 5xx, and every refusal problem+json (the harness asks as a program, Accept: *).
 * Only the public operations and the probes: the others answer a caller without a token 401 before
 * any of their code runs (the probes show that refusal on unknown paths without a token), and
 * {@code HostileInputTest} attacks them with a token; sending them here too took half of this test's time.
 */
class PublicChannelsHostileInputTest extends ChannelsTestBase {

    @Test
    void noHostileInputOnThePublicChannelsIsAServerError() {
        String meeting = "hostile-" + uniqueWord();
        var row = rows.publication("DECISION", "Besluit " + uniqueWord()).meeting(meeting, LocalDate.of(2026, 3, 10))
                .document("besluit.pdf", "%PDF-1.4 " + uniqueWord());
        String id = row.insert().toString();
        Map<String, String> known = Map.of("id", id, "meetingId", meeting, "sha256", row.documentHash());

        HostileReport report = HostileInputHarness.against("publication-service", port, jdbc)
                .only(PublicChannelsHostileInputTest::publicOrProbe)
                .knownValues((ApiOperation operation) -> known)
                .run();

        report.assertNoFindings();
        assertThat(report.onDocumentedOperations()).isGreaterThanOrEqualTo(500);
    }

    /**
     * What the platform lets a caller without a token reach (its security's public paths), except ORI's, which
     * OriHostileInputTest attacks with ORI's own known ids.
     */
    private static boolean publicOrProbe(ApiOperation operation) {
        String path = operation.path();
        return operation.probe() || (path.startsWith("/api/public/") && !path.startsWith("/api/public/ori/"))
                || path.startsWith("/openbaar");
    }
}
