package nl.hamerslag.platform.serviceidentity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against a token endpoint of the JDK's HTTP server, standing in for the identity provider. */
class ClientCredentialsServiceTokensTest {

    HttpServer provider;
    final List<String> requests = new CopyOnWriteArrayList<>();
    volatile int status = 200;
    volatile String answer = "{\"access_token\":\"token-1\",\"expires_in\":300,\"token_type\":\"Bearer\"}";
    final MovableClock clock = new MovableClock();

    @BeforeEach
    void start() throws IOException {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        provider.createContext("/realms/hamerslag/protocol/openid-connect/token", this::token);
        provider.start();
    }

    @AfterEach
    void stop() {
        provider.stop(0);
    }

    private void token(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                + exchange.getRequestHeaders().getFirst("Authorization") + " "
                + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private ClientCredentialsServiceTokens tokens(URI tokenUri) {
        return new ClientCredentialsServiceTokens(tokenUri, "hamerslag-meeting", "s3cret&more", Duration.ofSeconds(30),
                HttpClient.newHttpClient(), JsonMapper.builder().build(), clock);
    }

    private URI tokenUri() {
        return URI.create("http://localhost:" + provider.getAddress().getPort()
                + "/realms/hamerslag/protocol/openid-connect/token");
    }

    @Test
    void asksByClientCredentialsWithTheClientInBasicAuthentication() {
        assertThat(tokens(tokenUri()).current()).isEqualTo("token-1");

        String basic = Base64.getEncoder().encodeToString("hamerslag-meeting:s3cret%26more".getBytes(StandardCharsets.UTF_8));
        assertThat(requests).containsExactly(
                "POST application/x-www-form-urlencoded Basic " + basic + " grant_type=client_credentials");
    }

    @Test
    void oneTokenServesUntilShortlyBeforeItExpires() {
        ClientCredentialsServiceTokens tokens = tokens(tokenUri());
        tokens.current();
        answer = "{\"access_token\":\"token-2\",\"expires_in\":300}";

        clock.advance(Duration.ofSeconds(269));
        assertThat(tokens.current()).isEqualTo("token-1");
        assertThat(requests).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.current()).isEqualTo("token-2");
        assertThat(requests).hasSize(2);
    }

    @Test
    void aRefusedClientIsNamedButItsSecretIsNot() {
        status = 401;
        answer = "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}";

        assertThatThrownBy(() -> tokens(tokenUri()).current())
                .isInstanceOf(ServiceTokenUnavailable.class)
                .hasMessageContaining("401 (invalid_client)")
                .hasMessageContaining("hamerslag-meeting")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void anUnreachableProviderIsUnavailableNotAnError() {
        URI gone = tokenUri();
        provider.stop(0);

        assertThatThrownBy(() -> tokens(gone).current())
                .isInstanceOf(ServiceTokenUnavailable.class)
                .hasMessageContaining(gone.toString());
    }

    @Test
    void aTokenUriWithoutClientIsAConfigurationErrorAtStart() {
        assertThatThrownBy(() -> new ClientCredentialsServiceTokens(tokenUri(), "hamerslag-meeting", null,
                Duration.ofSeconds(30), HttpClient.newHttpClient(), JsonMapper.builder().build(), clock))
                .hasMessageContaining("client-secret");
    }
}
