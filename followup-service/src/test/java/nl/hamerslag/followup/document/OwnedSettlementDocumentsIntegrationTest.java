package nl.hamerslag.followup.document;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.followup.support.FollowUpApi;
import nl.hamerslag.followup.support.FollowupIntegrationTest;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another service (a publication) fetches a settlement document by its hash with its own token
 * (docs/decisions/0040); no person may: people download it through its follow-up item.
 */
@FollowupIntegrationTest
class OwnedSettlementDocumentsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    SettlementDocuments documents;

    private ApiClient api;
    private String sha256;

    @BeforeEach
    void storeALetter() {
        api = new ApiClient("http://localhost:" + port);
        byte[] letter = withComment(FollowUpApi.PDF, "afdoeningsbrief " + System.nanoTime());
        try (SettlementDocuments.Upload upload = documents.receive(new ByteArrayInputStream(letter), "brief.pdf")) {
            documents.store(upload);
            sha256 = upload.document().sha256();
        }
        assertThat(sha256).isEqualTo(ContentHash.sha256(letter).value());
    }

    @Test
    void aServiceFetchesASettlementDocumentByItsHash() throws Exception {
        HttpResponse<byte[]> fetched = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/documents/" + sha256))
                .header("Authorization", "Bearer " + TestTokens.forService("publication")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(ContentHash.sha256(fetched.body()).value()).isEqualTo(sha256);
        assertThat(fetched.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(fetched.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
    }

    @Test
    void aPersonsTokenIsRefusedWhateverTheRole() {
        for (Role role : List.of(Role.CLERK, Role.AUTHOR, Role.ADMIN)) {
            ApiResponse refused = api.get("/api/documents/" + sha256, "Authorization", TestTokens.bearer(role));
            assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    /** The same PDF with a comment line, so each test stores bytes of its own. */
    private static byte[] withComment(byte[] pdf, String comment) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int afterHeader = text.indexOf('\n') + 1;
        return (text.substring(0, afterHeader) + "% " + comment + "\n" + text.substring(afterHeader))
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
