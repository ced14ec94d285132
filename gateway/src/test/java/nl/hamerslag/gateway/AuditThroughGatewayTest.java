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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's own audit endpoints in front of five stand-in services: the dossiers merged into one
 * timeline in order, a service that is too slow or failing named as missing, the verdict never intact
 * when a part is missing, an auditor's endpoint refused to every other role, the page drawn in lanes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hamerslag.audit.timeout=700ms", "hamerslag.audit.whole-log-timeout=2500ms"})
@AutoConfigureWebTestClient(timeout = "30s")
@ActiveProfiles("local")
class AuditThroughGatewayTest {

    private static final List<String> NAMES = List.of("drafting", "approval", "meeting", "publication", "followup");
    private static final Map<String, AuditFakeService> SERVICES = Map.of(
            "drafting", AuditFakeService.start(), "approval", AuditFakeService.start(),
            "meeting", AuditFakeService.start(), "publication", AuditFakeService.start(),
            "followup", AuditFakeService.start());
    private static final String VERSION = "sha256:" + "ab".repeat(32);

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void gatewayInFrontOfTheFakes(DynamicPropertyRegistry registry) throws IOException {
        registry.add("hamerslag.data-dir", Files.createTempDirectory("hamerslag-gateway-audit")::toString);
        SERVICES.forEach((name, fake) -> registry.add("hamerslag.services." + name + ".url", fake::url));
    }

    @Test
    void theServicesDossiersAreMergedByTimeThenServiceThenSequenceWithTheCallersToken() {
        UUID id = UUID.randomUUID();
        dossier("drafting", id, stream(id.toString(), "Proposal",
                event(0, "ProposalCreated", "2026-03-02T09:00:00Z", "anna.steller", "Anna de Steller", "AUTHOR", null),
                event(1, "ProposalSubmitted", "2026-03-02T09:05:00Z", "anna.steller", "Anna de Steller", "AUTHOR", VERSION)));
        dossier("approval", id, stream("route-1", "ApprovalRoute",
                event(0, "RouteOpened", "2026-03-02T09:05:00Z", "approval", "approval", "SYSTEM", VERSION),
                event(1, "StepApproved", "2026-03-02T09:30:00Z", "mark.leidinggevende", "Mark Leidinggevende", "MANAGER", VERSION)),
                stream("route-0", "ApprovalRoute",
                        event(2, "StepDue", "2026-03-02T09:05:00Z", "approval", "approval", "SYSTEM", null)));
        String token = tokenFor("AUDITOR");

        Map<?, ?> timeline = client.get().uri("/api/audit/dossiers/" + id + "/timeline")
                .headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();

        List<?> entries = (List<?>) timeline.get("entries");
        assertThat(entries).map(e -> ((Map<?, ?>) e).get("service") + " " + ((Map<?, ?>) e).get("type")).containsExactly(
                "drafting ProposalCreated",
                // the same moment: approval before drafting (by service), then by sequence within approval
                "approval RouteOpened", "approval StepDue", "drafting ProposalSubmitted",
                "approval StepApproved");
        Map<?, ?> signature = (Map<?, ?>) entries.get(4);
        assertThat(signature.get("actorName")).isEqualTo("Mark Leidinggevende");
        assertThat(signature.get("actorRole")).isEqualTo("MANAGER");
        assertThat(signature.get("versionHash")).isEqualTo(VERSION);
        assertThat(signature.get("stream")).isEqualTo("route-1");
        assertThat(((Map<?, ?>) entries.get(0)).get("versionHash")).isNull();
        assertThat((List<?>) timeline.get("missing")).as("meeting, publication and follow-up simply know no such proposal")
                .isEmpty();
        assertThat((List<?>) timeline.get("services")).map(Object::toString).containsExactlyInAnyOrder("drafting", "approval");
        assertThat(SERVICES.get("drafting").authorizationFor("/audit/dossiers/" + id)).isEqualTo("Bearer " + token);
        assertThat(SERVICES.get("approval").authorizationFor("/audit/dossiers/" + id)).isEqualTo("Bearer " + token);
    }

    @Test
    void aServiceThatIsTooSlowOrFailsIsNamedAsMissingAndTheRestIsShown() {
        UUID id = UUID.randomUUID();
        dossier("drafting", id, stream(id.toString(), "Proposal",
                event(0, "ProposalCreated", "2026-03-02T09:00:00Z", "anna.steller", "Anna de Steller", "AUTHOR", null)));
        SERVICES.get("meeting").answerSlowly("/audit/dossiers/" + id, Duration.ofSeconds(5),
                dossierJson("meeting", id, ""));
        SERVICES.get("publication").answer("/audit/dossiers/" + id, 503,
                "{\"status\":503,\"detail\":\"database unavailable\"}");

        Map<?, ?> timeline = client.get().uri("/api/audit/dossiers/" + id + "/timeline")
                .headers(h -> h.setBearerAuth(tokenFor("AUDITOR"))).exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat((List<?>) timeline.get("entries")).hasSize(1);
        assertThat((List<?>) timeline.get("missing")).map(m -> ((Map<?, ?>) m).get("service") + ": " + ((Map<?, ?>) m).get("reason"))
                .containsExactlyInAnyOrder("meeting: no answer within 700 ms",
                        "publication: answered 503: database unavailable");
    }

    @Test
    void aDossierNoServiceKnowsIsNotFound() {
        UUID id = UUID.randomUUID();
        SERVICES.get("followup").answerSlowly("/audit/dossiers/" + id, Duration.ofSeconds(5), "{}");

        for (String path : List.of("/timeline", "/timeline.html", "/verify")) {
            client.get().uri("/api/audit/dossiers/" + id + path).headers(h -> h.setBearerAuth(tokenFor("AUDITOR")))
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                            .contains("No service knows proposal " + id));
        }
    }

    @Test
    void aMalformedProposalIdIsABadRequest() {
        client.get().uri("/api/audit/dossiers/not-a-uuid/timeline").headers(h -> h.setBearerAuth(tokenFor("AUDITOR")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void everyRoleButAuditorIsRefusedByTheGatewayItselfAndNoServiceIsAsked() {
        UUID id = UUID.randomUUID();
        for (String role : List.of("AUTHOR", "MANAGER", "ADMIN", "CLERK", "SECRETARIAT", "COUNCIL_MEMBER")) {
            String token = tokenFor(role);
            for (String path : List.of("/timeline", "/timeline.html", "/verify")) {
                client.get().uri("/api/audit/dossiers/" + id + path).headers(h -> h.setBearerAuth(token)).exchange()
                        .expectStatus().isForbidden()
                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            }
        }
        client.get().uri("/api/audit/dossiers/" + id + "/timeline").exchange().expectStatus().isUnauthorized();
        NAMES.forEach(name -> assertThat(SERVICES.get(name).authorizationFor("/audit/dossiers/" + id)).isNull());
    }

    @Test
    void theTimelinePageDrawsALanePerServiceInDutchWithWhoDidWhat() {
        UUID id = UUID.randomUUID();
        dossier("drafting", id, stream(id.toString(), "Proposal",
                event(0, "ProposalSubmitted", "2026-03-02T09:05:00Z", "anna.steller", "Anna <de> Steller", "AUTHOR", VERSION)));
        dossier("approval", id, stream("route-1", "ApprovalRoute",
                event(1, "StepApproved", "2026-03-02T09:30:00Z", "mark.leidinggevende", "Mark Leidinggevende", "MANAGER", VERSION)));
        SERVICES.get("meeting").answer("/audit/dossiers/" + id, 500, "{}");
        String token = tokenFor("AUDITOR");

        for (String path : List.of("/timeline", "/timeline.html")) {
            String page = client.get().uri("/api/audit/dossiers/" + id + path)
                    .headers(h -> {
                        h.setBearerAuth(token);
                        h.set("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8");
                    }).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectBody(String.class).returnResult().getResponseBody();

            assertThat(page).contains("<html lang=\"nl\">", "<table>", "<caption>",
                    "<th scope=\"col\">Opstellen (drafting)</th>", "<th scope=\"col\">Goedkeuren (approval)</th>",
                    "<th scope=\"col\">Vergaderen (meeting) (ontbreekt)</th>",
                    "Onvolledig: deze delen ontbreken", "Vergaderen (meeting): answered 500",
                    "<strong>StepApproved</strong><br>door Mark Leidinggevende (rol MANAGER)", VERSION,
                    "door Anna &lt;de&gt; Steller");
            assertThat(page).doesNotContain("Anna <de> Steller");
            assertThat(page.indexOf("ProposalSubmitted")).isLessThan(page.indexOf("StepApproved"));
            // drafting's lane comes before approval's: the order of the process, not of the alphabet
            assertThat(page.indexOf("Opstellen (drafting)")).isLessThan(page.indexOf("Goedkeuren (approval)"));
        }
    }

    @Test
    void verifyIsIntactOnlyWhenEveryAnsweringServiceIsIntactAndNoPartIsMissing() {
        UUID intact = UUID.randomUUID();
        verification("drafting", intact, true, null);
        verification("approval", intact, true, null);
        verify(intact).jsonPath("$.intact").isEqualTo(true)
                .jsonPath("$.services.length()").isEqualTo(2)
                .jsonPath("$.notInvolved.length()").isEqualTo(3);

        UUID tampered = UUID.randomUUID();
        verification("drafting", tampered, false,
                "{\"kind\":\"REMOVED\",\"sequenceNumber\":3,\"eventIdentifier\":\"e-3\",\"leafIndex\":41,\"detail\":\"gone\"}");
        verification("approval", tampered, true, null);
        verify(tampered).jsonPath("$.intact").isEqualTo(false)
                .jsonPath("$.services[?(@.service=='drafting')].intact").isEqualTo(false)
                .jsonPath("$.services[?(@.service=='drafting')].streams[0].firstMismatch.kind").isEqualTo("REMOVED")
                .jsonPath("$.services[?(@.service=='drafting')].streams[0].firstMismatch.sequenceNumber").isEqualTo(3)
                .jsonPath("$.services[?(@.service=='approval')].intact").isEqualTo(true);

        UUID partly = UUID.randomUUID();
        verification("drafting", partly, true, null);
        SERVICES.get("approval").answerSlowly("/audit/dossiers/" + partly + "/verify", Duration.ofSeconds(5), "{}");
        verify(partly).jsonPath("$.intact").isEqualTo(false)
                .jsonPath("$.missing[0].service").isEqualTo("approval");
    }

    @Test
    void aVerifyReadsTheWholeLogSoItsPartIsWaitedForLongerThanADossiersEvents() {
        UUID id = UUID.randomUUID();
        Duration slowerThanADossierMayBe = Duration.ofMillis(1500);
        SERVICES.get("drafting").answerSlowly("/audit/dossiers/" + id + "/verify", slowerThanADossierMayBe,
                verificationJson("drafting", id, true, null));
        SERVICES.get("drafting").answerSlowly("/audit/dossiers/" + id, slowerThanADossierMayBe, dossierJson("drafting", id,
                stream(id.toString(), "Proposal", event(0, "ProposalCreated", "2026-03-02T09:00:00Z", "anna.steller",
                        "Anna de Steller", "AUTHOR", null))));
        verification("approval", id, true, null);

        verify(id).jsonPath("$.intact").isEqualTo(true)
                .jsonPath("$.services.length()").isEqualTo(2)
                .jsonPath("$.missing.length()").isEqualTo(0);
        client.get().uri("/api/audit/dossiers/" + id + "/timeline").headers(h -> h.setBearerAuth(tokenFor("AUDITOR")))
                .exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                        .contains("not reachable: drafting (no answer within 700 ms)"));
    }

    @Test
    void theExportIsAZipOfEveryEventItsProofTheSignedHeadAndAManifestSha256sumCanCheck() throws IOException {
        UUID id = UUID.randomUUID();
        dossier("drafting", id, stream(id.toString(), "Proposal",
                event(0, "ProposalDrafted", "2026-03-02T09:00:00Z", "anna.steller", "Anna de Steller", "AUTHOR", null),
                event(1, "ProposalSubmitted", "2026-03-02T09:05:00Z", "anna.steller", "Anna de Steller", "AUTHOR", VERSION)));
        verification("drafting", id, true, null);
        SERVICES.get("drafting").answer("/audit/tree-heads", 200,
                "{\"keyId\":\"k\",\"publicKey\":\"p\",\"heads\":[{\"service\":\"drafting\",\"treeSize\":2}]}");
        SERVICES.get("drafting").answer("/audit/dossiers/" + id + "/proofs", 200,
                "{\"proofs\":[{\"leafIndex\":0,\"treeSize\":2},{\"leafIndex\":1,\"treeSize\":2}]}");
        SERVICES.get("meeting").answer("/audit/dossiers/" + id, 500, "{\"detail\":\"broken\"}");

        byte[] zip = client.get().uri("/api/audit/dossiers/" + id + "/export").headers(h -> h.setBearerAuth(tokenFor("AUDITOR")))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/zip")
                .expectHeader().value("Content-Disposition", d -> assertThat(d).contains("dossier-" + id + ".zip"))
                .expectBody(byte[].class).returnResult().getResponseBody();

        Map<String, byte[]> files = unzip(zip);
        String events = "services/drafting/events/" + id + "/";
        assertThat(files).containsKeys("README.txt", "SHA256SUMS", "timeline.json", "verification.json", "missing.json",
                events + "000000.json", events + "000001.json", "services/drafting/tree-head.json",
                "services/drafting/proofs/0.json", "services/drafting/proofs/1.json", "services/drafting/documents.json");
        String manifest = new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8);
        List<String> lines = manifest.lines().toList();
        assertThat(lines).hasSize(files.size() - 1);
        for (String line : lines) {
            String path = line.substring(66);
            assertThat(line).as(path).isEqualTo(sha256(files.get(path)) + "  " + path);
        }
        assertThat(new String(files.get(events + "000001.json"), StandardCharsets.UTF_8))
                .contains("ProposalSubmitted", id.toString(), VERSION);
        assertThat(new String(files.get("missing.json"), StandardCharsets.UTF_8)).contains("meeting", "answered 500");
        assertThat(new String(files.get("services/drafting/proofs/1.json"), StandardCharsets.UTF_8))
                .as("each event's own proof from the one answer").contains("\"leafIndex\" : 1");
        assertThat(SERVICES.get("drafting").queryFor("/audit/dossiers/" + id + "/proofs"))
                .as("every proof in the tree of the head put in the bundle").isEqualTo("treeSize=2");
        assertThat(new String(files.get("README.txt"), StandardCharsets.UTF_8)).contains("sha256sum -c SHA256SUMS",
                "./hamerslag verify");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private WebTestClient.BodyContentSpec verify(UUID id) {
        return client.get().uri("/api/audit/dossiers/" + id + "/verify").headers(h -> h.setBearerAuth(tokenFor("AUDITOR")))
                .exchange().expectStatus().isOk().expectBody();
    }

    private static void verification(String service, UUID id, boolean intact, String mismatch) {
        SERVICES.get(service).answer("/audit/dossiers/" + id + "/verify", 200, verificationJson(service, id, intact, mismatch));
    }

    private static String verificationJson(String service, UUID id, boolean intact, String mismatch) {
        String head = "{\"source\":\"database\",\"signatureValid\":true,\"keyIsServices\":true,\"matchesLog\":true}";
        return "{\"proposalId\":\"" + id
                + "\",\"service\":\"" + service + "\",\"intact\":" + intact + ",\"treeHeads\":[" + head + "],\"streams\":["
                + "{\"aggregateId\":\"" + service + "-stream\",\"aggregateType\":\"X\",\"intact\":" + intact
                + ",\"firstMismatch\":" + mismatch + "}],\"attachments\":[]}";
    }

    private static void dossier(String service, UUID id, String... streams) {
        SERVICES.get(service).answer("/audit/dossiers/" + id, 200, dossierJson(service, id, String.join(",", streams)));
    }

    private static String dossierJson(String service, UUID id, String streams) {
        return "{\"proposalId\":\"" + id + "\",\"service\":\"" + service + "\",\"streams\":[" + streams + "]}";
    }

    private static String stream(String aggregateId, String type, String... events) {
        return "{\"aggregateId\":\"" + aggregateId + "\",\"aggregateType\":\"" + type + "\",\"events\":["
                + String.join(",", events) + "]}";
    }

    private static String event(long sequence, String type, String time, String subject, String name, String role,
                                String version) {
        String payload = version == null ? "{}" : "{\"version\":\"" + version + "\"}";
        return "{\"sequenceNumber\":" + sequence + ",\"globalIndex\":" + sequence + ",\"eventIdentifier\":\"" + UUID.randomUUID()
                + "\",\"type\":\"" + type + "\",\"payload\":" + payload + ",\"timestamp\":\"" + time + "\",\"actorSubject\":\""
                + subject + "\",\"actorName\":\"" + name + "\",\"actorRole\":\"" + role + "\",\"hash\":\"h\",\"previousHash\":null,"
                + "\"leafIndex\":" + sequence + "}";
    }

    private String tokenFor(String role) {
        return client.post().uri("/api/local/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", role)).exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("token").toString();
    }
}
