package nl.hamerslag.platform.web;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.identity.LocalSigningKey;
import nl.hamerslag.platform.testapp.TallyApi;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@HamerslagIntegrationTest
class WebRulesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        ApiResponse response = new TallyApi(port).client().post("/api/tallies", "{\"name\":\"x\"}");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("bearer token");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedEvenWithAValidSignature() throws Exception {
        RSAKey key = LocalSigningKey.loadOrCreate(TestTokens.dataDir().resolve("keys"));
        SignedJWT foreign = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer("https://elsewhere.example").subject("anna.steller")
                        .claim("roles", List.of("AUTHOR")).expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
        foreign.sign(new RSASSASigner(key));

        ApiResponse response = new TallyApi(port).client().post("/api/tallies", "{\"name\":\"x\"}",
                "Authorization", "Bearer " + foreign.serialize());

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void theWrongRoleGets403ProblemJsonAndChangesNothing() {
        long before = events();
        ApiResponse response = new TallyApi(port).client().post("/api/tallies", "{\"name\":\"x\"}",
                "Authorization", TestTokens.bearer(Role.MANAGER));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aMissingFieldGets400NamingTheField() {
        ApiResponse response = new TallyApi(port).client().post("/api/tallies", "{}",
                "Authorization", TestTokens.bearer(Role.AUTHOR));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("name");
    }

    @Test
    void malformedJsonGets400WithoutInternals() {
        ApiResponse response = new TallyApi(port).client().post("/api/tallies", "{\"name\":",
                "Authorization", TestTokens.bearer(Role.AUTHOR));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("at [Source").doesNotContain("Exception");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndCreatesNothingNew() {
        TallyApi api = new TallyApi(port);
        String key = UUID.randomUUID().toString();

        ApiResponse first = api.createResponse("once", "Idempotency-Key", key);
        long after = events();
        ApiResponse retry = api.createResponse("once", "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(events()).isEqualTo(after);
    }

    @Test
    void theSameIdempotencyKeyForAnotherRequestIsRefusedWith422() {
        TallyApi api = new TallyApi(port);
        String key = UUID.randomUUID().toString();
        api.createResponse("first", "Idempotency-Key", key);

        ApiResponse other = api.createResponse("second", "Idempotency-Key", key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRetriedUploadWithTheSameIdempotencyKeyGetsTheFirstAnswer() {
        TallyApi api = new TallyApi(port);
        String key = UUID.randomUUID().toString();

        ApiResponse first = upload(api, key, "boundary-one", "some notes");
        ApiResponse retry = upload(api, key, "boundary-two", "some notes");
        ApiResponse other = upload(api, key, "boundary-three", "other, longer notes");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(other.status()).isEqualTo(422);
    }

    @Test
    void aBrokenMultipartBodyIs400NotAServerError() {
        ApiResponse response = new TallyApi(port).client().send(new TallyApi(port).client().request("/api/tallies/any/notes",
                        "Authorization", TestTokens.bearer(Role.AUTHOR), "Content-Type", "multipart/form-data; boundary=b")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("this is not multipart")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUploadOverTheLimitIs413() {
        ApiResponse response = upload(new TallyApi(port), UUID.randomUUID().toString(), "big", "x".repeat(4096));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("detail").asString()).contains("smaller file");
    }

    private static ApiResponse upload(TallyApi api, String key, String boundary, String content) {
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return api.client().send(api.client().request("/api/tallies/any/notes",
                        "Authorization", TestTokens.bearer(Role.AUTHOR), "Idempotency-Key", key,
                        "Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
