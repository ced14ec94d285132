package nl.hamerslag.system;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.identity.DemoUsers;
import nl.hamerslag.launcher.BundleVerifier;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static nl.hamerslag.system.Dossier.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A proposal's audit trail across every service, through the gateway only, on one dossier taken
 * through the whole flow once ({@link WholeDossier}): its timeline holds drafting's, approval's,
 * meeting's, publication's and follow-up's events in order with who did each in which role, and verify
 * says intact for every service; the Kafka topics, read from offset 0 with a plain consumer, rebuild
 * the same history of the events that go on them. Then the export bundle checks out offline and one
 * changed byte in it is named by file and event; and one of drafting's event rows is deleted from its
 * database, and verify names the stream and the event that is gone.
 */
@ExtendWith(SystemUnderTest.class)
// the timeline test deletes an event row at its end; the Kafka test compares the log with the timeline as stored
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailSystemTest {

    private static final List<String> SERVICES = List.of("approval", "drafting", "followup", "meeting", "publication");

    ApiClient gateway;
    WholeDossier.Walked walked;

    @BeforeEach
    void setUp() {
        gateway = new ApiClient(SystemUnderTest.system().gatewayUrl());
        walked = WholeDossier.walkedOnce(gateway);
    }

    /** One step of the history as both the timeline and the log tell it. */
    record Step(String service, String eventId, String type, Instant time, String actorSubject, String actorName,
                String actorRole) {
    }

    @Test
    @Order(1)
    void theKafkaTopicsReadFromTheStartRebuildTheTimelineOfEveryEventTheyCarry() {
        String id = walked.proposalId();
        awaitTimelineWith(id, "publication PublicationPublished", "followup SettlementAccepted");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode timeline = timeline(id);
            Map<String, List<Step>> fromTimeline = new TreeMap<>();
            timeline.get("entries").forEach(entry -> {
                String service = entry.get("service").asString();
                // only the published language goes on the topics: the relay sends the contracts events
                // (IntegrationEvent records) and keeps each service's own events (its command/ package:
                // ProposalDrafted, StepOpened, MeetingOpened, CandidateRegistered...) to itself
                if (onTheTopics(service, entry.get("type").asString())) {
                    fromTimeline.computeIfAbsent(service, s -> new ArrayList<>()).add(new Step(service,
                            entry.get("eventIdentifier").asString(), entry.get("type").asString(),
                            Instant.parse(entry.get("timestamp").asString()), text(entry, "actorSubject"),
                            text(entry, "actorName"), text(entry, "actorRole")));
                }
            });

            List<CrossServiceLog.Logged> logged = CrossServiceLog.read(SystemUnderTest.system().kafkaBootstrap())
                    .dossier(id);
            // the log keeps order per partition only (a meeting's own records are keyed by the meeting, its
            // records about the proposal by the proposal, ADR 28); put each service's records in the
            // timeline's order (time, then sequence) to compare, and check the order the log does keep below
            Map<String, List<Step>> fromKafka = new TreeMap<>();
            logged.stream().sorted(Comparator.comparing(CrossServiceLog.Logged::time)
                            .thenComparingLong(CrossServiceLog.Logged::sequence)
                            .thenComparing(CrossServiceLog.Logged::stream))
                    .forEach(record -> fromKafka.computeIfAbsent(record.service(), s -> new ArrayList<>()).add(new Step(
                            record.service(), record.eventId(), record.type(), record.time(), record.actorSubject(),
                            record.actorName(), record.actorRole())));

            assertThat(fromKafka.keySet()).as("every service's part is on its topic").containsExactlyElementsOf(SERVICES);
            assertThat(fromKafka).isEqualTo(fromTimeline);
            Map<String, Long> lastSequence = new HashMap<>();
            for (CrossServiceLog.Logged record : logged) {
                String streamInPartition = record.partition() + " " + record.stream();
                Long before = lastSequence.put(streamInPartition, record.sequence());
                assertThat(before == null || before < record.sequence())
                        .as("%s: %s #%d after #%s in its partition", record.service(), record.stream(), record.sequence(),
                                before).isTrue();
            }
        });
    }

    @Test
    @Order(2)
    void theTimelineShowsEveryServicesStepsInOrderWithWhoDidThemAndVerifyNamesADeletedEvent() throws SQLException,
            IOException {
        String id = walked.proposalId();
        String version = walked.version();
        JsonNode route = walked.route();

        JsonNode timeline = awaitTimelineWith(id, "publication PublicationPublished", "followup SettlementAccepted");
        List<String> order = new ArrayList<>();
        timeline.get("entries").forEach(e -> order.add(e.get("service").asString() + " " + e.get("type").asString()));
        assertThat(timeline.get("missing")).as("every service answered").isEmpty();
        List<String> services = new ArrayList<>();
        timeline.get("services").forEach(service -> services.add(service.asString()));
        assertThat(services).as("every service has its part").containsExactlyInAnyOrderElementsOf(SERVICES);
        assertThat(order.get(0)).isEqualTo("drafting ProposalDrafted");
        assertThat(order.indexOf("drafting ProposalSubmitted")).isLessThan(order.indexOf("approval RouteOpened"));
        assertThat(order.lastIndexOf("approval StepApproved")).isLessThan(order.indexOf("drafting ProposalApproved"));
        assertInOrder(order, "drafting ProposalApproved", "meeting ProposalScheduled", "meeting DecisionTaken",
                "publication PublicationPublished");
        assertInOrder(order, "meeting DecisionTaken", "followup FollowUpItemOpened", "followup SettlementProposed",
                "followup SettlementAccepted");

        JsonNode drafted = entries(timeline, "drafting", "ProposalDrafted").get(0);
        assertActor(drafted, "anna.steller", Role.AUTHOR);
        JsonNode submitted = entries(timeline, "drafting", "ProposalSubmitted").get(0);
        assertActor(submitted, "anna.steller", Role.AUTHOR);
        assertThat(submitted.get("versionHash").asString()).isEqualTo(version);

        Set<String> signers = new HashSet<>();
        for (JsonNode signature : entries(timeline, "approval", "StepApproved")) {
            Role role = Role.valueOf(signature.get("actorRole").asString());
            assertActor(signature, DemoUsers.forRole(role).subject(), role);
            assertThat(signature.get("actorName").asString()).isEqualTo(DemoUsers.forRole(role).name());
            assertThat(signature.get("versionHash").asString()).as("what was signed").isEqualTo(version);
            signers.add(role.name());
        }
        Set<String> stepRoles = new HashSet<>();
        route.get("stages").forEach(stage -> stage.get("steps").forEach(step -> stepRoles.add(step.get("role").asString())));
        assertThat(signers).isEqualTo(stepRoles);

        String secretariat = DemoUsers.forRole(Role.SECRETARIAT).subject();
        JsonNode scheduled = single(timeline, "meeting", "ProposalScheduled");
        assertActor(scheduled, secretariat, Role.SECRETARIAT);
        assertThat(scheduled.get("stream").asString()).as("meeting's events are the meeting's stream (ADR 28)")
                .isEqualTo(walked.meetingId());
        JsonNode decision = single(timeline, "meeting", "DecisionTaken");
        assertActor(decision, secretariat, Role.SECRETARIAT);
        assertThat(decision.get("versionHash").asString()).as("what was decided").isEqualTo(version);
        // an openbaar decision is published at once by publication's rule, not by a person: the service itself acts
        assertActor(single(timeline, "publication", "PublicationPublished"), "publication", Role.SYSTEM);
        JsonNode opened = single(timeline, "followup", "FollowUpItemOpened");
        assertActor(opened, "followup", Role.SYSTEM);
        assertThat(opened.get("stream").asString()).isEqualTo(walked.actionItemId());
        assertActor(single(timeline, "followup", "SettlementProposed"), DemoUsers.forRole(Role.COLLEGE_MEMBER).subject(),
                Role.COLLEGE_MEMBER);
        assertActor(single(timeline, "followup", "SettlementAccepted"), DemoUsers.forRole(Role.MANAGER).subject(),
                Role.MANAGER);

        ApiResponse intact = verifyOfEveryService(id);
        assertThat(intact.json().get("intact").asBoolean()).as(intact.toString()).isTrue();
        for (String name : SERVICES) {
            assertThat(service(intact.json(), name).get("intact").asBoolean()).as(name + " in " + intact).isTrue();
        }

        // asked again while a service misses the gateway's fan-out timeout on a loaded machine
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            ApiResponse page = gateway.get("/api/audit/dossiers/" + id + "/timeline.html", as(Role.AUDITOR));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("lang=\"nl\"", "Opstellen (drafting)", "Goedkeuren (approval)", "StepApproved",
                    "PublicationPublished", "SettlementAccepted");
        });

        AtomicReference<HttpResponse<byte[]>> exported = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            exported.set(gateway.download("/api/audit/dossiers/" + id + "/export", as(Role.AUDITOR)));
            assertThat(exported.get().statusCode()).isEqualTo(200);
            BundleVerifier.Report bundle = BundleVerifier.verify(exported.get().body());
            assertThat(bundle.problems()).as("the bundle checks out offline").isEmpty();
        });
        HttpResponse<byte[]> export = exported.get();
        // each service's own log through the gateway: the proofs of every event of the dossier in drafting, at once
        ApiResponse proofs = gateway.get("/api/audit/drafting/dossiers/" + id + "/proofs", as(Role.AUDITOR));
        assertThat(proofs.status()).as(proofs.toString()).isEqualTo(200);
        assertThat(proofs.json().get("proofs")).as("one proof per event of the proposal's stream and more")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(gateway.get("/api/audit/drafting/tree-heads", as(Role.AUTHOR)).status()).isEqualTo(403);
        String firstEvent = "services/drafting/events/" + id + "/000000.json";
        BundleVerifier.Report changed = BundleVerifier.verify(withOneByteChanged(export.body(), firstEvent, "Marktplein"));
        assertThat(changed.problems()).anyMatch(problem -> problem.startsWith(firstEvent + ": changed since export")
                && problem.contains("event " + drafted.get("eventIdentifier").asString()) && problem.contains("sequence 0"));

        String removed = deleteDraftingEvent(id, 1);

        ApiResponse tampered = verifyOfEveryService(id);
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
        for (String name : SERVICES.stream().filter(name -> !name.equals("drafting")).toList()) {
            assertThat(service(tampered.json(), name).get("intact").asBoolean()).as(name + "'s part is untouched").isTrue();
        }
    }

    /**
     * The verify answer once every service gave its part: on a loaded machine a service may miss the
     * gateway's fan-out timeout and be named as missing, which says nothing about the dossier.
     */
    private ApiResponse verifyOfEveryService(String id) {
        ApiResponse[] answer = new ApiResponse[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            answer[0] = gateway.get("/api/audit/dossiers/" + id + "/verify", as(Role.AUDITOR));
            return answer[0].status() == 200 && answer[0].json().get("missing").isEmpty();
        });
        return answer[0];
    }

    /** Whether events of this type go on the service's topic: a record of the service's package in contracts. */
    private static boolean onTheTopics(String service, String type) {
        try {
            return IntegrationEvent.class.isAssignableFrom(Class.forName("nl.hamerslag.contracts." + service + "." + type));
        } catch (ClassNotFoundException ownEvent) {
            return false; // no such record in contracts: the service's own event
        }
    }

    private static void assertInOrder(List<String> order, String... steps) {
        for (int i = 1; i < steps.length; i++) {
            assertThat(order).as("the timeline").contains(steps[i - 1], steps[i]);
            assertThat(order.indexOf(steps[i - 1])).as(steps[i - 1] + " before " + steps[i] + " in " + order)
                    .isLessThan(order.indexOf(steps[i]));
        }
    }

    private static void assertActor(JsonNode entry, String subject, Role role) {
        assertThat(entry.get("actorSubject").asString()).as(entry.toString()).isEqualTo(subject);
        assertThat(entry.get("actorRole").asString()).as(entry.toString()).isEqualTo(role.name());
    }

    private static JsonNode single(JsonNode timeline, String service, String type) {
        List<JsonNode> found = entries(timeline, service, type);
        assertThat(found).as(service + " " + type + " once in the timeline").hasSize(1);
        return found.get(0);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
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

    private JsonNode timeline(String id) {
        ApiResponse timeline = gateway.get("/api/audit/dossiers/" + id + "/timeline", as(Role.AUDITOR));
        assertThat(timeline.status()).as(timeline.toString()).isEqualTo(200);
        return timeline.json();
    }

    /** The timeline once it shows each of {@code steps} ("service Type") and every event is in its service's tree. */
    private JsonNode awaitTimelineWith(String id, String... steps) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            ApiResponse timeline = gateway.get("/api/audit/dossiers/" + id + "/timeline", as(Role.AUDITOR));
            if (timeline.status() != 200 || !timeline.json().get("missing").isEmpty()) {
                return false; // a service too slow for the gateway's fan-out (a loaded machine) is asked again
            }
            for (String step : steps) {
                String[] serviceAndType = step.split(" ");
                if (entries(timeline.json(), serviceAndType[0], serviceAndType[1]).isEmpty()) {
                    return false;
                }
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
