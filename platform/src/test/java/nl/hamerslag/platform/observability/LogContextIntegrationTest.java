package nl.hamerslag.platform.observability;

import nl.hamerslag.contracts.Role;
import com.nimbusds.jwt.SignedJWT;
import nl.hamerslag.platform.testapp.TallyApi;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.text.ParseException;

import static org.assertj.core.api.Assertions.assertThat;

/** Every log line of a request names the caller, the correlation id and the trace (MDC). */
@HamerslagIntegrationTest
class LogContextIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aRequestsLogLinesCarryTheActorTheCorrelationIdAndTheTraceId() {
        ApiResponse answer = new TallyApi(port).client().get("/api/test/log-context",
                "Authorization", TestTokens.bearer(Role.AUTHOR), "X-Correlation-Id", "corr-log-1");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get(LogFields.ACTOR).asString()).isEqualTo(subjectOf(Role.AUTHOR));
        assertThat(answer.json().get(LogFields.CORRELATION_ID).asString()).isEqualTo("corr-log-1");
        assertThat(answer.json().get("traceId").asString()).matches("[0-9a-f]{32}");
    }

    private static String subjectOf(Role role) {
        try {
            return SignedJWT.parse(TestTokens.forRole(role)).getJWTClaimsSet().getSubject();
        } catch (ParseException e) {
            throw new IllegalStateException("the test token is not a JWT", e);
        }
    }
}
