package nl.hamerslag.followup;

import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.hostile.EveryRoleToken;
import nl.hamerslag.test.hostile.HostileInputHarness;
import nl.hamerslag.test.hostile.HostileReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the service's OpenAPI document, and the paths every service answers, with
 * hostile values (ADR 0022): no 5xx, every error problem+json, nothing stored by a refusal.
 */
@HamerslagIntegrationTest
class HostileInputTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noHostileInputIsAServerErrorOrStoredWhenRefused() {
        HostileReport report = HostileInputHarness.against("followup-service", port, jdbc)
                .bearer(EveryRoleToken.bearer())
                .run();

        report.assertNoFindings();
        assertThat(report.requests()).isGreaterThanOrEqualTo(500);
    }
}
