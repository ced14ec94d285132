package nl.hamerslag.drafting;

import nl.hamerslag.drafting.support.DraftingApi;
import nl.hamerslag.drafting.support.DraftingIntegrationTest;
import nl.hamerslag.drafting.support.Files;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.hostile.ApiOperation;
import nl.hamerslag.test.hostile.EveryRoleToken;
import nl.hamerslag.test.hostile.HostileInputHarness;
import nl.hamerslag.test.hostile.HostileReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of drafting's OpenAPI document with hostile values (ADR 0022): no 5xx, every
 * error problem+json, nothing stored by a refusal. Each operation gets a proposal of its own, owned
 * by the caller, with a main document, and submitted where the operation is about versions.
 */
@DraftingIntegrationTest
class HostileInputTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noHostileInputIsAServerErrorOrStoredWhenRefused() {
        String bearer = EveryRoleToken.bearer();
        DraftingApi api = new DraftingApi(port);

        HostileReport report = HostileInputHarness.against("drafting-service", port, jdbc)
                .bearer(bearer)
                .knownValues(operation -> proposalFor(operation, api, bearer))
                .run();

        report.assertNoFindings();
        assertThat(report.onDocumentedOperations()).isGreaterThanOrEqualTo(2000);
    }

    private static Map<String, String> proposalFor(ApiOperation operation, DraftingApi api, String bearer) {
        if (operation.probe()) {
            return Map.of();
        }
        ApiResponse drafted = api.draft(DraftingApi.VALID, bearer);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        ApiResponse main = api.upload(id, "MAIN", "voorstel.pdf", "application/pdf", Files.PDF, bearer);
        assertThat(main.status()).as(main.toString()).isEqualTo(201);
        if (operation.path().contains("/versions")) {
            ApiResponse submitted = api.submit(id, bearer);
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        }
        return Map.of("id", id, "attachmentId", main.json().get("id").asString(), "version", "1");
    }
}
