package nl.hamerslag.gateway;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway's own Prometheus endpoint is for ADMIN tokens only; it shows the gateway's meters, no service's. */
class GatewayMetricsTest extends LocalGatewayTest {

    @Test
    void withoutATokenTheMetricsAreRefused() {
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void anotherRoleMayNotSeeTheMetrics() {
        client.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(tokenFor("AUTHOR"))).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void anAdminSeesTheGatewaysLatencyHistogram() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();

        String metrics = client.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(tokenFor("ADMIN")))
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).contains("http_server_requests_seconds_bucket").contains("service=\"gateway\"");
    }
}
