package nl.hamerslag.platform.audit;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.testapp.TallyApi;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event as {@code /audit} serves it carries every input of its Merkle leaf (the stored columns, the
 * payload and metadata bytes as stored), so an export bundle can be checked offline down to the leaf.
 * The launcher's BundleVerifier computes the leaf a second time, on purpose apart from this code; the
 * golden file both sides read keeps the two in step: real rows, served and hashed by the platform.
 */
@HamerslagIntegrationTest
class AuditAnswerLeafTest {

    /**
     * Shared with the launcher's tests, which read it from their classpath. Run this test with
     * {@code -Dhamerslag.audit.golden=write} to write it anew from fresh rows after changing the leaf's form.
     */
    static final Path GOLDEN = Path.of("../infra/launcher/src/test/resources/audit/golden-events.json");

    @LocalServerPort
    int port;
    @Autowired
    TreeHeadBuilder builder;
    @Autowired
    AuditLogStore store;
    @Autowired
    JsonMapper json;

    @Test
    void theServedEventCarriesEveryInputOfItsLeaf() throws IOException {
        TallyApi api = new TallyApi(port);
        String id = api.create("gouden telling ë");
        api.count(id);
        api.count(id);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            builder.advance();
            return store.leavesOf(id).size() == 3;
        });
        ApiResponse answer = api.client().get("/audit/streams/" + id, "Authorization", TestTokens.bearer(Role.AUDITOR));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode stream = answer.json();
        List<AuditLeaf> leaves = store.leavesOf(id);

        ArrayNode golden = json.createArrayNode();
        for (JsonNode event : stream.path("events")) {
            AuditLeaf leaf = leaves.stream().filter(l -> l.eventIdentifier().equals(event.path("eventIdentifier").asString()))
                    .findFirst().orElseThrow();
            ObjectNode asBundled = ((ObjectNode) event.deepCopy())
                    .put("service", "platform-test")
                    .put("aggregateId", stream.path("aggregateId").asString())
                    .put("aggregateType", stream.path("aggregateType").asString());
            assertThat(HexFormat.of().formatHex(row(asBundled).leafHash())).as("leaf of event " + event.path("sequenceNumber"))
                    .isEqualTo(HexFormat.of().formatHex(leaf.leafHash()));
            golden.add(json.createObjectNode().put("leafHash", HexFormat.of().formatHex(leaf.leafHash()))
                    .set("event", asBundled));
        }
        if ("write".equals(System.getProperty("hamerslag.audit.golden"))) {
            Files.write(GOLDEN, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(golden));
        }
    }

    @Test
    void theGoldenFileStillHoldsForThePlatformsLeafForm() throws IOException {
        JsonNode golden = json.readTree(Files.readAllBytes(GOLDEN));

        assertThat(golden.size()).isEqualTo(3);
        for (JsonNode entry : golden) {
            assertThat(HexFormat.of().formatHex(row(entry.path("event")).leafHash()))
                    .as("the leaf's form changed: change BundleVerifier's too and write the golden file anew (see GOLDEN)")
                    .isEqualTo(entry.path("leafHash").asString());
        }
    }

    /** The row as the bundle's event file gives it. */
    private static StoredEventRow row(JsonNode event) {
        JsonNode metadata = event.path("storedMetadata");
        return new StoredEventRow(event.path("globalIndex").asLong(), event.path("eventIdentifier").asString(),
                event.path("aggregateId").asString(), event.path("sequenceNumber").asLong(),
                event.path("aggregateType").asString(), event.path("timestamp").asString(),
                event.path("payloadType").asString(), textOrNull(event.path("payloadRevision")),
                Base64.getDecoder().decode(event.path("storedPayload").asString()),
                metadata.isNull() ? null : Base64.getDecoder().decode(metadata.asString()));
    }

    private static String textOrNull(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asString();
    }
}
