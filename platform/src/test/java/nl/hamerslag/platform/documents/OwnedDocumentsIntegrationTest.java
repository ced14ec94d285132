package nl.hamerslag.platform.documents;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.testapp.LetterArchive;
import nl.hamerslag.platform.testapp.ReportArchive;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service with two {@link OwnedDocuments} sources (the test service's letters and reports) serves
 * both by hash to another service's token, and to no person whatever their roles.
 */
@HamerslagIntegrationTest
class OwnedDocumentsIntegrationTest {

    @LocalServerPort
    int port;
    ApiClient client;

    @BeforeEach
    void client() {
        client = new ApiClient("http://localhost:" + port);
    }

    @Test
    void aServiceFetchesADocumentOfEitherSourceByItsHash() throws Exception {
        HttpResponse<byte[]> letter = fetch(LetterArchive.LETTER_HASH.value(), "Bearer " + TestTokens.forService("publication"));

        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(ContentHash.sha256(letter.body())).isEqualTo(LetterArchive.LETTER_HASH);
        assertThat(letter.headers().firstValue("Content-Type")).hasValue("text/plain");
        assertThat(letter.headers().firstValue("ETag")).hasValue("\"" + LetterArchive.LETTER_HASH.value() + "\"");
        assertThat(letter.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment;").contains("afdoeningsbrief"));

        HttpResponse<byte[]> report = fetch(ReportArchive.REPORT_HASH.value(), "Bearer " + TestTokens.forService("publication"));

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).isEqualTo(ReportArchive.REPORT);
        assertThat(report.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(report.headers().firstValueAsLong("Content-Length")).hasValue(ReportArchive.REPORT.length);
        assertThat(report.headers().firstValue("ETag")).hasValue("\"" + ReportArchive.REPORT_HASH.value() + "\"");
        assertThat(report.headers().firstValue("Content-Disposition")).as("no name is known for it").isEmpty();
    }

    @Test
    void noPersonMayFetchByHashWhateverTheirRole() {
        for (Role role : Role.values()) {
            String token = "Bearer " + TestTokens.forUser("someone", "Someone", "Ruimte", role);
            ApiResponse refused = client.get("/api/documents/" + LetterArchive.LETTER_HASH.value(), "Authorization", token);
            assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        String everyRole = "Bearer " + TestTokens.forUser("someone", "Someone", "Ruimte", Role.values());
        assertThat(client.get("/api/documents/" + ReportArchive.REPORT_HASH.value(), "Authorization", everyRole).status())
                .isEqualTo(403);
        assertThat(client.get("/api/documents/" + ReportArchive.REPORT_HASH.value()).status()).as("no token").isEqualTo(401);
    }

    @Test
    void aHashNoSourceHoldsIsNotFound() {
        String unknown = ContentHash.sha256("no document has these bytes " + System.nanoTime()).value();

        ApiResponse response = client.get("/api/documents/" + unknown,
                "Authorization", "Bearer " + TestTokens.forService("publication"));

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asString()).isEqualTo("Document Not Found");
        assertThat(response.json().get("detail").asString()).contains(unknown);
    }

    @Test
    void aMalformedHashIsABadRequest() {
        for (String malformed : new String[]{"abc", "A".repeat(64), "g".repeat(64), "0".repeat(65)}) {
            ApiResponse response = client.get("/api/documents/" + malformed,
                    "Authorization", "Bearer " + TestTokens.forService("publication"));
            assertThat(response.status()).as(malformed + ": " + response).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void theEndpointIsDescribedInDutchInTheOpenApiDocument() {
        ApiResponse docs = client.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").get("/api/documents/{sha256}").get("get").get("summary").asString())
                .isEqualTo("Document op hash ophalen (diensten)");
    }

    private HttpResponse<byte[]> fetch(String sha256, String bearer) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/documents/" + sha256))
                .header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
