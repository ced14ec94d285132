package nl.hamerslag.system;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.identity.DemoUsers;
import nl.hamerslag.launcher.BundleVerifier;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static nl.hamerslag.system.Dossier.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A proposal's audit trail through the gateway only: drafted, submitted and signed off, its timeline
 * holds drafting's and approval's events in order with who did each in which role, and verify says
 * intact; then one of drafting's event rows is deleted from its database, and verify names the
 * stream and the event that is gone. Before that, the export bundle checks out offline, and one
 * changed byte in it is named by file and event.
 */
@ExtendWith(SystemUnderTest.class)
class AuditTrailSystemTest {

    ApiClient gateway;
    Dossier dossier;

    @BeforeEach
    void setUp() {
        gateway = new ApiClient(SystemUnderTest.system().gatewayUrl());
        dossier = new Dossier(gateway);
    }

    @Test
    void theTimelineShowsWhoDidWhatInOrderAndVerifyNamesADeletedEvent() throws SQLException, IOException {
        String id = dossier.draft();
        dossier.uploadMainDocument(id);
        String version = dossier.submit(id);
        JsonNode route = dossier.awaitRoute(id, version);
        dossier.signOff(id, version);

        JsonNode timeline = awaitTimelineWith(id, "drafting", "ProposalApproved");
        List<String> order = new ArrayList<>();
        timeline.get("entries").forEach(e -> order.add(e.get("service").asString() + " " + e.get("type").asString()));
        assertThat(timeline.get("missing")).as("every service answered").isEmpty();
        assertThat(order.get(0)).isEqualTo("drafting ProposalDrafted");
        assertThat(order.indexOf("drafting ProposalSubmitted")).isLessThan(order.indexOf("approval RouteOpened"));
        assertThat(order.lastIndexOf("approval StepApproved")).isLessThan(order.indexOf("drafting ProposalApproved"));

        JsonNode drafted = entries(timeline, "drafting", "ProposalDrafted").get(0);
        assertThat(drafted.get("actorSubject").asString()).isEqualTo("anna.steller");
        assertThat(drafted.get("actorRole").asString()).isEqualTo(Role.AUTHOR.name());
        assertThat(entries(timeline, "drafting", "ProposalSubmitted").get(0).get("versionHash").asString()).isEqualTo(version);

        Set<String> signers = new HashSet<>();
        for (JsonNode signature : entries(timeline, "approval", "StepApproved")) {
            Role role = Role.valueOf(signature.get("actorRole").asString());
            assertThat(signature.get("actorSubject").asString()).as(signature.toString())
                    .isEqualTo(DemoUsers.forRole(role).subject());
            assertThat(signature.get("actorName").asString()).isEqualTo(DemoUsers.forRole(role).name());
            assertThat(signature.get("versionHash").asString()).as("what was signed").isEqualTo(version);
            signers.add(role.name());
        }
        Set<String> stepRoles = new HashSet<>();
        route.get("stages").forEach(stage -> stage.get("steps").forEach(step -> stepRoles.add(step.get("role").asString())));
        assertThat(signers).isEqualTo(stepRoles);

        ApiResponse intact = gateway.get("/api/audit/dossiers/" + id + "/verify", as(Role.AUDITOR));
        assertThat(intact.status()).as(intact.toString()).isEqualTo(200);
        assertThat(intact.json().get("intact").asBoolean()).as(intact.toString()).isTrue();

        ApiResponse page = gateway.get("/api/audit/dossiers/" + id + "/timeline.html", as(Role.AUDITOR));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"nl\"", "Opstellen (drafting)", "Goedkeuren (approval)", "StepApproved");

        HttpResponse<byte[]> export = gateway.download("/api/audit/dossiers/" + id + "/export", as(Role.AUDITOR));
        assertThat(export.statusCode()).isEqualTo(200);
        BundleVerifier.Report bundle = BundleVerifier.verify(export.body());
        assertThat(bundle.problems()).as("the bundle checks out offline").isEmpty();
        String firstEvent = "services/drafting/events/" + id + "/000000.json";
        BundleVerifier.Report changed = BundleVerifier.verify(withOneByteChanged(export.body(), firstEvent, "Marktplein"));
        assertThat(changed.problems()).anyMatch(problem -> problem.startsWith(firstEvent + ": changed since export")
                && problem.contains("event " + drafted.get("eventIdentifier").asString()) && problem.contains("sequence 0"));

        String removed = deleteDraftingEvent(id, 1);

        ApiResponse tampered = gateway.get("/api/audit/dossiers/" + id + "/verify", as(Role.AUDITOR));
        assertThat(tampered.status()).as(tampered.toString()).isEqualTo(200);
        assertThat(tampered.json().get("intact").asBoolean()).isFalse();
        JsonNode drafting = service(tampered.json(), "drafting");
        assertThat(drafting.get("intact").asBoolean()).isFalse();
        JsonNode stream = null;
        for (JsonNode s : drafting.get("streams")) {
            if (s.get("aggregateId").asString().equals(id)) {
                stream = s;
            }
        }
        assertThat(stream).as("drafting names the proposal's stream: " + drafting).isNotNull();
        assertThat(stream.get("intact").asBoolean()).isFalse();
        JsonNode mismatch = stream.get("firstMismatch");
        assertThat(mismatch.get("kind").asString()).isEqualTo("REMOVED");
        assertThat(mismatch.get("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(mismatch.get("eventIdentifier").asString()).isEqualTo(removed);
        assertThat(service(tampered.json(), "approval").get("intact").asBoolean()).as("approval's part is untouched")
                .isTrue();
    }

    /** The bundle with one byte of one file changed (the first letter of {@code word} in it), the manifest as it was. */
    private static byte[] withOneByteChanged(byte[] bundle, String path, String word) throws IOException {
        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bundle));
             ZipOutputStream out = new ZipOutputStream(changed)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(path)) {
                    int at = new String(content, StandardCharsets.ISO_8859_1).indexOf(word);
                    assertThat(at).as(word + " in " + path).isNotNegative();
                    content[at] = (byte) (content[at] ^ 0x20);
                    found = true;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        assertThat(found).as(path + " in the bundle").isTrue();
        return changed.toByteArray();
    }

    /** The timeline once {@code service} shows an event of {@code type} and every event is in its service's tree. */
    private JsonNode awaitTimelineWith(String id, String service, String type) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            ApiResponse timeline = gateway.get("/api/audit/dossiers/" + id + "/timeline", as(Role.AUDITOR));
            if (timeline.status() != 200 || entries(timeline.json(), service, type).isEmpty()) {
                return false;
            }
            for (JsonNode entry : timeline.json().get("entries")) {
                if (entry.get("leafIndex").isNull()) {
                    return false;
                }
            }
            found[0] = timeline.json();
            return true;
        });
        return found[0];
    }

    /** Deletes one event of the proposal's stream from drafting's database, as someone with access could; its event id. */
    private static String deleteDraftingEvent(String id, long sequence) throws SQLException {
        try (Connection drafting = SystemUnderTest.system().database().connect("drafting")) {
            String eventId;
            try (PreparedStatement find = drafting.prepareStatement("select event_identifier from domain_event_entry "
                    + "where aggregate_identifier = ? and sequence_number = ?")) {
                find.setString(1, id);
                find.setLong(2, sequence);
                try (ResultSet row = find.executeQuery()) {
                    assertThat(row.next()).as("drafting holds event " + sequence + " of " + id).isTrue();
                    eventId = row.getString(1);
                }
            }
            try (PreparedStatement delete = drafting.prepareStatement(
                    "delete from domain_event_entry where aggregate_identifier = ? and sequence_number = ?")) {
                delete.setString(1, id);
                delete.setLong(2, sequence);
                assertThat(delete.executeUpdate()).isEqualTo(1);
            }
            return eventId;
        }
    }

    private static List<JsonNode> entries(JsonNode timeline, String service, String type) {
        List<JsonNode> entries = new ArrayList<>();
        timeline.get("entries").forEach(e -> {
            if (e.get("service").asString().equals(service) && e.get("type").asString().equals(type)) {
                entries.add(e);
            }
        });
        return entries;
    }

    private static JsonNode service(JsonNode verdict, String name) {
        for (JsonNode service : verdict.get("services")) {
            if (service.get("service").asString().equals(name)) {
                return service;
            }
        }
        throw new AssertionError("no verdict of " + name + " in " + verdict);
    }
}
