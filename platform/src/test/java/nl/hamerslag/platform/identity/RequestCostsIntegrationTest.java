package nl.hamerslag.platform.identity;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two per-request costs the bench removed stay removed in a service's own context (docs/benchmarks.md): a
 * token sent again is not verified again (ADR 0045), and Spring Security observes nothing per filter.
 */
@HamerslagIntegrationTest
class RequestCostsIntegrationTest {

    @Autowired
    JwtDecoder decoder;
    @Autowired
    ObservationRegistry observations;

    @Test
    void aTokenSentAgainIsTheOneVerifiedBefore() {
        String token = TestTokens.forRole(Role.AUTHOR);

        Jwt first = decoder.decode(token);
        Jwt again = decoder.decode(token);

        assertThat(again).isSameAs(first);
        assertThat(decoder.decode(TestTokens.forRole(Role.MANAGER))).isNotSameAs(first);
    }

    @Test
    void springSecurityObservesNoFilterAuthenticationOrAuthorisation() {
        for (String name : new String[] {"spring.security.filterchains", "spring.security.authentications",
                "spring.security.authorizations", "spring.security.http.secured.requests"}) {
            Observation observation = Observation.start(name, observations);
            assertThat(observation.isNoop()).as(name).isTrue();
            observation.stop();
        }
        Observation request = Observation.start("http.server.requests", observations);
        assertThat(request.isNoop()).as("the request itself is still observed").isFalse();
        request.stop();
    }
}
