package nl.hamerslag.gateway;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up stream (Server-Sent Events) passes the gateway event by event: the stand-in service
 * sends its second event only after the client has received the first through the gateway, so a
 * gateway that buffered the answer would never deliver it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@ActiveProfiles("local")
class SseThroughGatewayTest {

    private static final CountDownLatch FIRST_RECEIVED = new CountDownLatch(1);
    private static final HttpServer FOLLOWUP = streamingFollowup();

    @LocalServerPort
    int port;
    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void gatewayInFrontOfAStreamingFollowup(DynamicPropertyRegistry registry) throws IOException {
        registry.add("hamerslag.data-dir", Files.createTempDirectory("hamerslag-gateway-sse")::toString);
        String url = "http://127.0.0.1:" + FOLLOWUP.getAddress().getPort();
        for (String service : new String[]{"drafting", "approval", "meeting", "publication", "followup"}) {
            registry.add("hamerslag.services." + service + ".url", () -> url);
        }
    }

    @AfterAll
    static void stop() {
        FOLLOWUP.stop(0);
    }

    @Test
    void eachEventOfTheStreamReachesTheClientBeforeTheStreamEnds() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/followup/stream"))
                .header("Authorization", "Bearer " + token()).header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("id: 1");
            assertThat(lines.readLine()).isEqualTo("data: first");
            FIRST_RECEIVED.countDown();
            assertThat(lines.readLine()).isEmpty();
            assertThat(lines.readLine()).isEqualTo("id: 2");
        }
    }

    private String token() {
        return client.post().uri("/api/local/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", "CLERK")).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("token").toString();
    }

    private static HttpServer streamingFollowup() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/api/followup/stream", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write("id: 1\ndata: first\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    if (FIRST_RECEIVED.await(20, TimeUnit.SECONDS)) {
                        out.write("id: 2\ndata: second\n\n".getBytes(StandardCharsets.UTF_8));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
