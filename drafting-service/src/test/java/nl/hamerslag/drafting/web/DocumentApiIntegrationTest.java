package nl.hamerslag.drafting.web;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.drafting.support.DraftingApi;
import nl.hamerslag.drafting.support.DraftingIntegrationTest;
import nl.hamerslag.drafting.support.Files;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static nl.hamerslag.drafting.support.DraftingApi.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another service fetches a document by its content hash with its own token (the local identity's,
 * as in local mode); no person may, whatever their role: people go through their proposal.
 */
@DraftingIntegrationTest
class DocumentApiIntegrationTest {

    @LocalServerPort
    int port;
    DraftingApi api;

    @BeforeEach
    void setUp() {
        api = new DraftingApi(port);
    }

    @Test
    void aServiceFetchesAnUploadedDocumentByItsHash() throws Exception {
        String id = api.drafted();
        byte[] content = Files.PDF;
        ApiResponse uploaded = api.upload(id, "MAIN", "voorstel.pdf", "application/pdf", content, as(Role.AUTHOR));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String sha256 = ContentHash.sha256(content).value();

        HttpResponse<byte[]> fetched = fetch(sha256, "Bearer " + TestTokens.forService("meeting"));

        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo(content);
        assertThat(fetched.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(fetched.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
    }

    @Test
    void noPersonMayFetchByHashWhateverTheirRole() throws Exception {
        String id = api.drafted();
        ApiResponse uploaded = api.upload(id, "MAIN", "voorstel.pdf", "application/pdf", Files.PDF, as(Role.AUTHOR));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String sha256 = ContentHash.sha256(Files.PDF).value();

        for (Role role : Role.values()) {
            String token = "Bearer " + TestTokens.forUser("someone", "Someone", "Ruimte", role);
            ApiResponse refused = api.client().get("/api/documents/" + sha256, "Authorization", token);
            assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        String everyRole = "Bearer " + TestTokens.forUser("someone", "Someone", "Ruimte", Role.values());
        assertThat(api.client().get("/api/documents/" + sha256, "Authorization", everyRole).status()).isEqualTo(403);
    }

    @Test
    void anUnknownHashIsNotFound() {
        String unknown = ContentHash.sha256("no document has these bytes " + System.nanoTime()).value();

        ApiResponse response = api.client().get("/api/documents/" + unknown,
                "Authorization", "Bearer " + TestTokens.forService("meeting"));

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asString()).isEqualTo("Document Not Found");
        assertThat(response.json().get("detail").asString()).contains(unknown);
    }

    @Test
    void aMalformedHashIsABadRequest() {
        for (String malformed : new String[]{"abc", "A".repeat(64), "g".repeat(64), "0".repeat(65)}) {
            ApiResponse response = api.client().get("/api/documents/" + malformed,
                    "Authorization", "Bearer " + TestTokens.forService("meeting"));
            assertThat(response.status()).as(malformed + ": " + response).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    private HttpResponse<byte[]> fetch(String sha256, String bearer) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/documents/" + sha256))
                .header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
