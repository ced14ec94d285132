package nl.hamerslag.platform.serviceidentity;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Compose and production: this service's token from the identity provider by the OAuth2 client
 * credentials grant (RFC 6749 4.4), the client authenticated with HTTP Basic (2.3.1). The provider
 * must put {@code hamerslag_service: <shortName>} and {@code aud: hamerslag} in it (docs/security.md).
 */
public class ClientCredentialsServiceTokens implements ServiceTokens {

    /** When the provider names no lifetime: ask again after this long. */
    static final Duration UNSTATED_LIFETIME = Duration.ofMinutes(1);

    private final URI tokenUri;
    private final String clientId;
    private final String clientSecret;
    private final Duration refreshBefore;
    private final HttpClient http;
    private final JsonMapper json;
    private final Clock clock;
    private CachedToken cached;

    public ClientCredentialsServiceTokens(URI tokenUri, String clientId, String clientSecret, Duration refreshBefore,
                                          HttpClient http, JsonMapper json, Clock clock) {
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalStateException("hamerslag.service-identity.token-uri is set (" + tokenUri + "), so set "
                    + "hamerslag.service-identity.client-id and client-secret too (from the environment)");
        }
        this.tokenUri = tokenUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshBefore = refreshBefore;
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public synchronized String current() {
        if (cached == null || !cached.freshAt(clock.instant())) {
            cached = fetch();
        }
        return cached.value();
    }

    private CachedToken fetch() {
        Instant asked = clock.instant();
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(tokenUri)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (form(clientId) + ":" + form(clientSecret)).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ServiceTokenUnavailable("cannot reach the token endpoint " + tokenUri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceTokenUnavailable("interrupted while asking " + tokenUri + " for a token", e);
        }
        if (response.statusCode() != 200) {
            throw new ServiceTokenUnavailable("the token endpoint " + tokenUri + " answered " + response.statusCode()
                    + errorOf(response.body()) + " for client '" + clientId
                    + "'; check hamerslag.service-identity.client-id and client-secret", null);
        }
        try {
            JsonNode body = json.readTree(response.body());
            String token = body.path("access_token").asString(null);
            if (token == null || token.isBlank()) {
                throw new ServiceTokenUnavailable("the token endpoint " + tokenUri + " answered without an access_token", null);
            }
            long expiresIn = body.path("expires_in").asLong(0);
            Duration lifetime = expiresIn > 0 ? Duration.ofSeconds(expiresIn) : UNSTATED_LIFETIME;
            return CachedToken.of(token, asked, lifetime, refreshBefore);
        } catch (JacksonException e) {
            throw new ServiceTokenUnavailable("the token endpoint " + tokenUri + " answered something other than JSON", e);
        }
    }

    /** The provider's {@code error} (e.g. {@code invalid_client}), never the body as a whole. */
    private String errorOf(String body) {
        try {
            String error = json.readTree(body).path("error").asString(null);
            return error == null ? "" : " (" + error + ")";
        } catch (JacksonException e) {
            return "";
        }
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
