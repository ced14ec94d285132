package nl.hamerslag.meeting.web;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.AgendaItemKind;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.meeting.query.meetingpackage.TestPdfs;
import nl.hamerslag.meeting.support.InMemoryPackageDocuments;
import nl.hamerslag.meeting.support.MeetingIntegrationTest;
import nl.hamerslag.meeting.support.PackageMeetingFixture;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another service (a publication) fetches the package PDFs and manifests meeting compiled, of both
 * variants, by their hash with its own token (docs/decisions/0040); no person may, and the copies
 * meeting keeps of drafting's documents are drafting's to serve, not meeting's.
 */
@MeetingIntegrationTest
class MeetingPackageByHashIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    PackageMeetingFixture meetings;
    @Autowired
    InMemoryPackageDocuments drafting;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private String meetingId;
    private Manifest.Entry proposal;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://localhost:" + port);
        meetingId = UUID.randomUUID().toString();
        byte[] pdf = TestPdfs.pdf("Marktplein " + meetingId, 2);
        drafting.put(pdf);
        proposal = TestPdfs.entry("main-a", "Raadsvoorstel Marktplein.pdf", "application/pdf", pdf);
        meetings.planAndPublish(meetingId, DecidingBody.COLLEGE, List.of(new AgendaEntry("item-1", 1,
                AgendaItemKind.PROPOSAL, "Herinrichting Marktplein", ProposalId.newId(), AgendaItemType.HAMMER_ITEM, false,
                Confidentiality.OPENBAAR, List.of(proposal))));
        ApiResponse compiled = api.post("/api/meetings/" + meetingId + "/package", null,
                "Authorization", TestTokens.bearer(Role.SECRETARIAT));
        assertThat(compiled.status()).as(compiled.toString()).isEqualTo(201);
    }

    @Test
    void aServiceFetchesEachPdfAndManifestOfBothVariantsByItsHash() throws Exception {
        List<String> hashes = packageHashes();
        assertThat(hashes).as("two variants, a PDF and a manifest each").hasSize(4).doesNotHaveDuplicates();

        for (String sha256 : hashes) {
            HttpResponse<byte[]> fetched = fetch(sha256, "Bearer " + TestTokens.forService("publication"));

            assertThat(fetched.statusCode()).as(sha256).isEqualTo(200);
            assertThat(ContentHash.sha256(fetched.body()).value()).isEqualTo(sha256);
            assertThat(fetched.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
            assertThat(fetched.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).isIn("application/pdf", "application/json"));
            assertThat(fetched.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    disposition -> assertThat(disposition).contains("vergaderstukken-v1-"));
        }
    }

    @Test
    void aPersonsTokenIsRefusedWhateverTheRole() {
        String publicPdf = packageHashes().get(0);

        for (Role role : List.of(Role.SECRETARIAT, Role.COLLEGE_MEMBER, Role.ADMIN)) {
            ApiResponse refused = api.get("/api/documents/" + publicPdf, "Authorization", TestTokens.bearer(role));
            assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aCopyOfDraftingsDocumentIsNotMeetingsToServe() {
        jdbc.update("""
                insert into document_copy (sha256, owner, media_type, size, bytes, stored_at)
                values (?, 'drafting', 'application/pdf', 1, ?, now()) on conflict (sha256) do nothing""",
                proposal.sha256().value(), new byte[]{1});

        ApiResponse response = api.get("/api/documents/" + proposal.sha256().value(),
                "Authorization", "Bearer " + TestTokens.forService("publication"));

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
    }

    /** The hashes of version 1 as the versions list names them, the public variant first. */
    private List<String> packageHashes() {
        JsonNode versions = api.get("/api/meetings/" + meetingId + "/package/versions",
                "Authorization", TestTokens.bearer(Role.SECRETARIAT)).json();
        List<String> hashes = new ArrayList<>();
        List<JsonNode> variants = new ArrayList<>();
        versions.get(0).get("variants").forEach(variants::add);
        variants.sort(Comparator.comparing(variant -> !variant.get("variant").asString().equals("PUBLIC")));
        for (JsonNode variant : variants) {
            hashes.add(variant.get("pdfSha256").asString());
            hashes.add(variant.get("manifestSha256").asString());
        }
        return hashes;
    }

    private HttpResponse<byte[]> fetch(String sha256, String bearer) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/documents/" + sha256))
                .header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
