package nl.hamerslag.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebFilter;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;

/**
 * The token endpoint answers only callers on this machine. The requests go through the gateway's
 * whole filter chain, with the connection's remote address set as a LAN caller's would be.
 */
class LocalTokenEndpointLoopbackTest extends LocalGatewayTest {

    @Autowired
    ApplicationContext context;

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "::1"})
    void aCallerOnThisMachineGetsAToken(String address) {
        mintFrom(address, "/api/local/tokens").expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.1.20", "10.0.0.7", "172.17.0.1", "fe80::1"})
    void aCallerFromAnotherMachineIsToldItDoesNotExist(String address) {
        mintFrom(address, "/api/local/tokens")
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.token").doesNotExist();
        from(address).get().uri("/api/local/tokens").exchange().expectStatus().isNotFound();
    }

    @Test
    void aForwardedHeaderSayingLoopbackIsNotBelieved() {
        from("192.168.1.20").post().uri("/api/local/tokens")
                .header("X-Forwarded-For", "127.0.0.1")
                .header("Forwarded", "for=127.0.0.1")
                .header("X-Real-IP", "127.0.0.1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", "MUNICIPAL_SECRETARY"))
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void anEncodedOrMatrixVariantOfThePathIsRefusedToo() {
        mintFrom("192.168.1.20", "/api/local/%74okens").expectStatus().isNotFound();
        mintFrom("192.168.1.20", "/api/local/tokens;x=1").expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec mintFrom(String address, String path) {
        return from(address).post().uri(URI.create(path))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", "MUNICIPAL_SECRETARY"))
                .exchange();
    }

    private WebTestClient from(String address) {
        InetSocketAddress remote = new InetSocketAddress(address, 54321);
        WebFilter connectionFrom = (exchange, chain) -> chain.filter(
                exchange.mutate().request(request -> request.remoteAddress(remote)).build());
        return WebTestClient.bindToApplicationContext(context).webFilter(connectionFrom).build();
    }
}
