package nl.hamerslag.gateway;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The gateway in local mode in front of five stand-in services. One application context, shared by
 * every test class that extends this one; the data folder is a fresh temporary directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// a generous response timeout: the first request on a cold JVM on a busy build machine can take
// longer than the default 5 s; the tests wait for an answer, they do not measure it
@AutoConfigureWebTestClient(timeout = "30s")
@ActiveProfiles("local")
abstract class LocalGatewayTest {

    static final Map<String, FakeService> SERVICES = Map.of(
            "drafting", FakeService.start(),
            "approval", FakeService.start(),
            "meeting", FakeService.start(),
            "publication", FakeService.start(),
            "followup", FakeService.start());

    static final Path DATA_DIR = temporaryDirectory();

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void gatewayInFrontOfTheFakes(DynamicPropertyRegistry registry) {
        registry.add("hamerslag.data-dir", DATA_DIR::toString);
        SERVICES.forEach((name, fake) -> registry.add("hamerslag.services." + name + ".url", fake::url));
    }

    String tokenFor(String role) {
        return client.post().uri("/api/local/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", role))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody()
                .get("token").toString();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("hamerslag-gateway-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
