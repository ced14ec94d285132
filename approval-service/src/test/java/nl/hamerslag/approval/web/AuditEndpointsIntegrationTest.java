package nl.hamerslag.approval.web;

import nl.hamerslag.approval.support.ApprovalIntegrationTest;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.platform.audit.MerkleProofs;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform's /audit endpoints (ADR 35) as approval answers them over HTTP: an auditor reads the
 * route of a proposal that went through approval and verifies it; every other role is refused; an
 * unknown dossier is 404; a parameter the log cannot answer for is a 400 that says what is possible.
 */
class AuditEndpointsIntegrationTest extends ApprovalIntegrationTest {

    private static final String AUDITOR = TestTokens.bearer(Role.AUDITOR);

    @Test
    void anAuditorReadsTheRouteOfAProposalStreamAndDossierAndVerifiesItIntact() {
        ProposalSubmitted submission = submission(false, false);
        ProposalId id = submission.proposalId();
        String routeId = submitted(submission).get("routeId").asString();
        ApiResponse approved = act(id, "manager", "approve", Role.MANAGER, "{\"remarks\":\"Akkoord.\"}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(204);

        JsonNode dossier = awaitDossierWith(id, "StepApproved");
        assertThat(dossier.get("service").asString()).isEqualTo("approval");
        JsonNode route = streamOf(dossier, routeId);
        List<String> types = new ArrayList<>();
        route.get("events").forEach(event -> types.add(event.get("type").asString()));
        assertThat(types).startsWith("RouteOpened").contains("StepApproved");
        JsonNode signature = eventOf(route, "StepApproved");
        assertThat(signature.get("actorRole").asString()).isEqualTo(Role.MANAGER.name());
        assertThat(signature.get("payload").get("proposalId").asString()).isEqualTo(id.toString());
        assertThat(signature.get("hash").asString()).isNotBlank();
        assertThat(signature.get("previousHash").asString()).isNotBlank();

        ApiResponse stream = api.get("/audit/streams/" + routeId, "Authorization", AUDITOR);
        assertThat(stream.status()).as(stream.toString()).isEqualTo(200);
        assertThat(stream.json().get("aggregateId").asString()).isEqualTo(routeId);
        assertThat(stream.json().get("events").size()).isGreaterThanOrEqualTo(route.get("events").size());

        assertThat(looksAt(id.toString())).as("each look of the auditor is an event").isGreaterThanOrEqualTo(1);
        assertThat(looksAt(routeId)).isEqualTo(1);

        ApiResponse verify = api.get("/audit/dossiers/" + id + "/verify", "Authorization", AUDITOR);
        assertThat(verify.status()).as(verify.toString()).isEqualTo(200);
        assertThat(verify.json().get("intact").asBoolean()).as(verify.toString()).isTrue();
        assertThat(verify.json().get("streams")).isNotEmpty();
        verify.json().get("streams").forEach(s -> assertThat(s.get("intact").asBoolean()).as(s.toString()).isTrue());
        assertThat(verify.json().get("treeHeads")).isNotEmpty();
    }

    @Test
    void everyRoleButAuditorIsRefusedOnEveryAuditEndpoint() {
        ProposalSubmitted submission = submission(false, false);
        String routeId = submitted(submission).get("routeId").asString();
        String dossier = "/audit/dossiers/" + submission.proposalId();
        List<String> paths = List.of("/audit/streams/" + routeId, dossier, dossier + "/verify", dossier + "/proofs",
                "/audit/tree-heads",
                "/audit/proofs/inclusion?leaf=0&treeSize=1", "/audit/proofs/consistency?first=0&second=1");
        for (Role role : Role.values()) {
            if (role == Role.AUDITOR || role == Role.SYSTEM) {
                continue;
            }
            for (String path : paths) {
                ApiResponse refused = api.get(path, "Authorization", TestTokens.bearer(role));
                assertThat(refused.status()).as(role + " on " + path + ": " + refused).isEqualTo(403);
            }
        }
        assertThat(api.get(dossier).status()).as("no token at all").isEqualTo(401);
    }

    @Test
    void anUnknownDossierOrStreamIsNotFound() {
        ApiResponse dossier = api.get("/audit/dossiers/" + UUID.randomUUID(), "Authorization", AUDITOR);
        assertThat(dossier.status()).as(dossier.toString()).isEqualTo(404);
        assertThat(dossier.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/audit/dossiers/" + UUID.randomUUID() + "/verify", "Authorization", AUDITOR).status())
                .isEqualTo(404);
        assertThat(api.get("/audit/streams/no-such-stream", "Authorization", AUDITOR).status()).isEqualTo(404);
        assertThat(looksAt("no-such-stream")).as("a refusal stores nothing, not even the look").isZero();
    }

    /** How many AuditorLookedAt events name {@code target}. */
    private long looksAt(String target) {
        Long looks = jdbc.queryForObject("select count(*) from domain_event_entry where type = 'AuditorLook' "
                + "and convert_from(payload, 'UTF8') like ?", Long.class, "%\"" + target + "\"%");
        return looks == null ? 0 : looks;
    }

    @Test
    void aParameterTheLogCannotAnswerForIsABadRequestThatSaysWhatIsPossible() {
        submitted(submission(false, false));
        long size = awaitSignedTreeSize();

        assertBadRequest("/audit/dossiers/not-a-uuid", "proposalId");
        assertBadRequest("/audit/dossiers/not-a-uuid/verify", "proposalId");
        assertBadRequest("/audit/dossiers/not-a-uuid/proofs", "proposalId");
        assertBadRequest("/audit/proofs/inclusion?leaf=0&treeSize=0", "treeSize must be between 1 and");
        assertBadRequest("/audit/proofs/inclusion?leaf=0&treeSize=" + (size + 1), "treeSize must be between 1 and " + size);
        assertBadRequest("/audit/proofs/inclusion?leaf=" + size + "&treeSize=" + size, "leaf must be between 0 and");
        assertBadRequest("/audit/proofs/inclusion?leaf=x&treeSize=1", "leaf");
        assertBadRequest("/audit/proofs/consistency?first=2&second=1", "first must be between 0 and second");
        assertBadRequest("/audit/proofs/consistency?first=0&second=" + (size + 1), "second must be between 0 and " + size);
        assertBadRequest("/audit/tree-heads?from=2026-01-01T00:00:00Z", "give both from and to");
        assertBadRequest("/audit/tree-heads?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from before to");

        ApiResponse inclusion = api.get("/audit/proofs/inclusion?leaf=0&treeSize=" + size, "Authorization", AUDITOR);
        assertThat(inclusion.status()).as(inclusion.toString()).isEqualTo(200);
        ApiResponse consistency = api.get("/audit/proofs/consistency?first=1&second=" + size, "Authorization", AUDITOR);
        assertThat(consistency.status()).as(consistency.toString()).isEqualTo(200);
    }

    @Test
    void aDossiersProofsAreEachEventsInclusionProofInTheSignedTreeAndEachHolds() {
        ProposalSubmitted submission = submission(false, false);
        ProposalId id = submission.proposalId();
        submitted(submission);
        JsonNode dossier = awaitDossierWith(id, "RouteOpened");
        long size = awaitSignedTreeSize();
        String path = "/audit/dossiers/" + id + "/proofs?treeSize=" + size;
        assertBadRequest("/audit/dossiers/" + id + "/proofs?treeSize=" + (size + 1), "treeSize must be between 1 and " + size);
        assertBadRequest("/audit/dossiers/" + id + "/proofs?treeSize=x", "treeSize");
        assertThat(api.get("/audit/dossiers/" + UUID.randomUUID() + "/proofs", "Authorization", AUDITOR).status())
                .isEqualTo(404);

        long looksBefore = looksAt(id.toString());
        ApiResponse answer = api.get(path, "Authorization", AUDITOR);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(looksAt(id.toString())).as("the look at the proofs is recorded").isEqualTo(looksBefore + 1);
        JsonNode proofs = answer.json().get("proofs");
        List<Long> leavesInTree = new ArrayList<>();
        dossier.get("streams").forEach(stream -> stream.get("events").forEach(event -> {
            if (event.get("leafIndex").isNumber() && event.get("leafIndex").asLong() < size) {
                leavesInTree.add(event.get("leafIndex").asLong());
            }
        }));
        assertThat(leavesInTree).isNotEmpty();
        assertThat(proofs).hasSize(leavesInTree.size());
        assertThat(answer.json().get("rootHash")).isEqualTo(answer.json().get("signedHead").get("rootHash"));
        byte[] root = HexFormat.of().parseHex(answer.json().get("rootHash").asString());
        for (JsonNode proof : proofs) {
            long leaf = proof.get("leafIndex").asLong();
            ApiResponse single = api.get("/audit/proofs/inclusion?leaf=" + leaf + "&treeSize=" + size, "Authorization", AUDITOR);
            assertThat(proof.get("auditPath")).as("leaf %d: the same path as asked on its own", leaf)
                    .isEqualTo(single.json().get("auditPath"));
            List<byte[]> auditPath = new ArrayList<>();
            proof.get("auditPath").forEach(hash -> auditPath.add(HexFormat.of().parseHex(hash.asString())));
            assertThat(MerkleProofs.inclusionHolds(
                    HexFormat.of().parseHex(proof.get("leafHash").asString()), leaf, size, auditPath, root))
                    .as("leaf %d's path leads to the signed root", leaf).isTrue();
        }
    }

    @Test
    void theAuditEndpointsAreInTheApiDocumentSoTheHostileInputHarnessAttacksThem() {
        ApiResponse document = api.get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("paths").propertyNames()).contains("/audit/streams/{aggregateId}",
                "/audit/dossiers/{proposalId}", "/audit/dossiers/{proposalId}/verify", "/audit/tree-heads",
                "/audit/proofs/inclusion", "/audit/proofs/consistency", "/audit/dossiers/{proposalId}/proofs");
    }

    private void assertBadRequest(String path, String saying) {
        ApiResponse response = api.get(path, "Authorization", AUDITOR);
        assertThat(response.status()).as(path + ": " + response).isEqualTo(400);
        assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        assertThat(response.body()).as(path).contains(saying);
    }

    private long awaitSignedTreeSize() {
        long[] size = new long[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            ApiResponse heads = api.get("/audit/tree-heads", "Authorization", AUDITOR);
            if (heads.status() != 200 || heads.json().get("heads").isEmpty()) {
                return false;
            }
            size[0] = heads.json().get("heads").get(0).get("treeSize").asLong();
            return size[0] >= 2;
        });
        return size[0];
    }

    /** The dossier once the tree has taken an event of {@code type} (the dossier shows what the tree took). */
    private JsonNode awaitDossierWith(ProposalId id, String type) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            ApiResponse response = api.get("/audit/dossiers/" + id, "Authorization", AUDITOR);
            if (response.status() != 200) {
                return false;
            }
            for (JsonNode stream : response.json().get("streams")) {
                for (JsonNode event : stream.get("events")) {
                    if (event.get("type").asString().equals(type) && !event.get("leafIndex").isNull()) {
                        found[0] = response.json();
                        return true;
                    }
                }
            }
            return false;
        });
        return found[0];
    }

    private static JsonNode streamOf(JsonNode dossier, String aggregateId) {
        for (JsonNode stream : dossier.get("streams")) {
            if (stream.get("aggregateId").asString().equals(aggregateId)) {
                return stream;
            }
        }
        throw new AssertionError("no stream " + aggregateId + " in " + dossier);
    }

    private static JsonNode eventOf(JsonNode stream, String type) {
        for (JsonNode event : stream.get("events")) {
            if (event.get("type").asString().equals(type)) {
                return event;
            }
        }
        throw new AssertionError("no " + type + " in " + stream);
    }
}
