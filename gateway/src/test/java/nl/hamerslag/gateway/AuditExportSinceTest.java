package nl.hamerslag.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export with an auditor's earlier heads ({@code ?since=<service>:<treeSize>}): each named service's
 * consistency proof from that size to the head in the bundle, the heads used in {@code tree-heads.json},
 * and the stored bytes of every event; a size beyond the service's latest head, or a malformed one, is
 * refused with 400 before any service is asked for the dossier.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hamerslag.audit.timeout=2s")
@AutoConfigureWebTestClient(timeout = "30s")
@ActiveProfiles("local")
class AuditExportSinceTest {

    private static final Map<String, AuditFakeService> SERVICES = Map.of(
            "drafting", AuditFakeService.start(), "approval", AuditFakeService.start(),
            "meeting", AuditFakeService.start(), "publication", AuditFakeService.start(),
            "followup", AuditFakeService.start());
    private static final String HEAD = "{\"service\":\"%s\",\"treeSize\":%d,\"rootHash\":\"%s\",\"keyId\":\"k\"}";

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void gatewayInFrontOfTheFakes(DynamicPropertyRegistry registry) throws IOException {
        registry.add("hamerslag.data-dir", Files.createTempDirectory("hamerslag-gateway-export")::toString);
        SERVICES.forEach((name, fake) -> registry.add("hamerslag.services." + name + ".url", fake::url));
    }

    @Test
    void sinceAnEarlierHeadTheBundleHoldsEachNamedServicesConsistencyProofAndTheHeadsUsed() throws IOException {
        UUID id = UUID.randomUUID();
        SERVICES.get("drafting").answer("/audit/dossiers/" + id, 200, "{\"streams\":[{\"aggregateId\":\"" + id
                + "\",\"aggregateType\":\"Proposal\",\"events\":[{\"sequenceNumber\":0,\"eventIdentifier\":\"e-0\","
                + "\"type\":\"ProposalDrafted\",\"payload\":{},\"timestamp\":\"2026-03-02T09:00:00Z\","
                + "\"actorSubject\":\"anna.steller\",\"actorName\":\"Anna de Steller\",\"actorRole\":\"AUTHOR\","
                + "\"leafIndex\":0,\"storedPayload\":\"e30=\",\"storedMetadata\":null}]}]}");
        heads("drafting", 40);
        heads("meeting", 12);
        SERVICES.get("drafting").answer("/audit/dossiers/" + id + "/proofs", 200,
                "{\"proofs\":[{\"leafIndex\":0,\"treeSize\":40}]}");
        SERVICES.get("drafting").answer("/audit/proofs/consistency", 200, "{\"first\":30,\"second\":40,\"proof\":[\"aa\"]}");
        SERVICES.get("meeting").answer("/audit/proofs/consistency", 200, "{\"first\":12,\"second\":12,\"proof\":[]}");

        Map<String, byte[]> files = unzip(client.get()
                .uri("/api/audit/dossiers/" + id + "/export?since=drafting:30&since=meeting:12")
                .headers(h -> h.setBearerAuth(tokenFor("AUDITOR"))).exchange()
                .expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody());

        assertThat(text(files, "services/drafting/consistency.json")).contains("\"first\" : 30", "\"second\" : 40");
        assertThat(SERVICES.get("drafting").queryFor("/audit/proofs/consistency")).isEqualTo("first=30&second=40");
        // meeting knows nothing of the proposal, but the auditor asked for its log's growth: head and proof, no events
        assertThat(files).containsKeys("services/meeting/tree-head.json", "services/meeting/consistency.json");
        assertThat(files.keySet()).noneMatch(path -> path.startsWith("services/meeting/events/"));
        assertThat(SERVICES.get("meeting").queryFor("/audit/proofs/consistency")).isEqualTo("first=12&second=12");
        assertThat(text(files, "tree-heads.json")).contains("\"service\" : \"drafting\"", "\"treeSize\" : 40",
                "\"service\" : \"meeting\"", "\"treeSize\" : 12");
        assertThat(text(files, "services/drafting/events/" + id + "/000000.json")).contains("\"storedPayload\" : \"e30=\"");
        assertThat(files).doesNotContainKey("services/approval/consistency.json");
    }

    @Test
    void anEarlierHeadLargerThanTheServicesLatestIsABadRequestAndNoDossierIsAsked() {
        UUID id = UUID.randomUUID();
        heads("approval", 7);

        client.get().uri("/api/audit/dossiers/" + id + "/export?since=approval:8")
                .headers(h -> h.setBearerAuth(tokenFor("AUDITOR"))).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                        .contains("since=approval:8 is larger than approval's latest signed tree head (7 leaves)",
                                "since=<service>:<treeSize>"));
        SERVICES.forEach((name, fake) -> assertThat(fake.authorizationFor("/audit/dossiers/" + id)).as(name).isNull());
    }

    @Test
    void aMalformedEarlierHeadIsABadRequestSayingWhatToSend() {
        UUID id = UUID.randomUUID();
        Map<String, String> refusals = Map.of(
                "drafting", "is not a service and a tree size",
                "drafting:many", "is not a service and a tree size",
                "drafting:-1", "is not a service and a tree size",
                "nosuch:3", "names no service of this gateway; the services are",
                "drafting:3&since=drafting:4", "names drafting twice");
        refusals.forEach((since, says) -> client.get().uri("/api/audit/dossiers/" + id + "/export?since=" + since)
                .headers(h -> h.setBearerAuth(tokenFor("AUDITOR"))).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).as(since)
                        .contains(says, "e.g. since=drafting:40")));
    }

    private static void heads(String service, long size) {
        SERVICES.get(service).answer("/audit/tree-heads", 200, "{\"keyId\":\"k\",\"publicKey\":\"p\",\"heads\":["
                + HEAD.formatted(service, size, "ab".repeat(32)) + "]}");
    }

    private static String text(Map<String, byte[]> files, String path) {
        assertThat(files).containsKey(path);
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private String tokenFor(String role) {
        return client.post().uri("/api/local/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", role)).exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("token").toString();
    }
}
