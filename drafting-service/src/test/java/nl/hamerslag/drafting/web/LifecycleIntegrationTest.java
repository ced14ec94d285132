package nl.hamerslag.drafting.web;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.approval.ReturnedForRevision;
import nl.hamerslag.contracts.approval.RouteCompleted;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.contracts.meeting.ProposalScheduled;
import nl.hamerslag.contracts.meeting.ProposalUnscheduled;
import nl.hamerslag.drafting.support.DraftingApi;
import nl.hamerslag.drafting.support.DraftingIntegrationTest;
import nl.hamerslag.drafting.support.Files;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.RelayedRecord;
import nl.hamerslag.test.TestTokens;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static nl.hamerslag.drafting.support.DraftingApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@DraftingIntegrationTest
class LifecycleIntegrationTest {

    private static final LocalDate MEETING_DATE = LocalDate.of(2026, 3, 10);

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    EmbeddedKafkaBroker broker;

    DraftingApi api;

    @BeforeEach
    void setUp() {
        api = new DraftingApi(port);
    }

    private record Submitted(String id, ProposalId proposalId, ContentHash version) {
    }

    private Submitted submitted(String body) {
        String id = api.drafted(body);
        ApiResponse response = api.submittedWithMain(id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return new Submitted(id, ProposalId.of(id), ContentHash.of(response.json().get("submittedVersion").asString()));
    }

    private Submitted submitted() {
        return submitted(DraftingApi.VALID);
    }

    private void publish(String topic, IntegrationEvent event) {
        kafka.send(RelayedRecord.of(topic, event));
    }

    private JsonNode awaitStatus(String id, String status) {
        AtomicReference<JsonNode> view = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            view.set(api.get("/api/proposals/" + id, as(Role.AUTHOR)).json());
            assertThat(view.get().get("status").asString()).isEqualTo(status);
        });
        return view.get();
    }

    private Submitted approved() {
        Submitted s = submitted();
        publish(Topics.APPROVAL, new RouteCompleted(s.proposalId(), "route-" + s.id(), s.version()));
        awaitStatus(s.id(), "APPROVED");
        return s;
    }

    private Submitted onAgenda(Submitted s) {
        publish(Topics.MEETING, new ProposalScheduled(s.proposalId(), "meeting-1", DecidingBody.COLLEGE, MEETING_DATE,
                "item-1", AgendaItemType.HAMMER_ITEM, s.version()));
        awaitStatus(s.id(), "ON_AGENDA");
        return s;
    }

    private DecisionTaken decision(Submitted s, DecisionOutcome outcome, DecidingBody nextBody) {
        return new DecisionTaken(s.proposalId(), "decision-" + outcome, "meeting-1", DecidingBody.COLLEGE, outcome,
                s.version(), Instant.parse("2026-03-10T15:00:00Z"), nextBody, "item-1", "Voorstel", "Conform besloten.", null,
                Confidentiality.OPENBAAR, LocalDate.parse("2026-03-10"), List.of(s.version()), List.of());
    }

    @Test
    void aRefusedRouteReturnsTheProposalWithTheReasonsAndItCanBeRevisedAndResubmitted() {
        Submitted s = submitted();

        publish(Topics.APPROVAL, new ReturnedForRevision(s.proposalId(), "route-1", s.version(), List.of(
                new ReturnedForRevision.Remark("manager", Role.MANAGER, "mark.leidinggevende", "Onderbouwing ontbreekt", true))));

        JsonNode view = awaitStatus(s.id(), "RETURNED");
        assertThat(view.get("returnRemarks").get(0).get("text").asString()).isEqualTo("Onderbouwing ontbreekt");
        assertThat(view.get("returnRemarks").get(0).get("refusal").asBoolean()).isTrue();
        assertThat(api.patch(s.id(), "{\"title\":\"Herzien\"}", "application/merge-patch+json", null, as(Role.AUTHOR))
                .status()).isEqualTo(200);
        ApiResponse resubmitted = api.submit(s.id(), as(Role.AUTHOR));
        assertThat(resubmitted.status()).as(resubmitted.toString()).isEqualTo(200);
        assertThat(resubmitted.json().get("submittedVersion").asString()).isNotEqualTo(s.version().value());

        JsonNode versions = api.get("/api/proposals/" + s.id() + "/versions", as(Role.AUTHOR)).json();
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).get("version").asString()).isEqualTo(s.version().value());
        assertThat(versions.get(1).get("title").asString()).isEqualTo("Herzien");
    }

    @Test
    void everySubmittedVersionKeepsItsAttachmentsDownloadable() {
        String id = api.drafted();
        String mainId = api.upload(id, "MAIN", "voorstel.pdf", "application/pdf", Files.PDF, as(Role.AUTHOR)).json()
                .get("id").asString();
        ContentHash v1 = ContentHash.of(api.submit(id, as(Role.AUTHOR)).json().get("submittedVersion").asString());
        publish(Topics.APPROVAL, new ReturnedForRevision(ProposalId.of(id), "route-1", v1, List.of()));
        awaitStatus(id, "RETURNED");
        api.replace(id, mainId, "voorstel.pdf", Files.PDF_V2, as(Role.AUTHOR));
        api.submit(id, as(Role.AUTHOR));

        JsonNode first = api.get("/api/proposals/" + id + "/versions/1", as(Role.AUTHOR)).json();
        JsonNode byHash = api.get("/api/proposals/" + id + "/versions/" + v1.value(), as(Role.AUTHOR)).json();
        JsonNode second = api.get("/api/proposals/" + id + "/versions/2", as(Role.AUTHOR)).json();

        assertThat(first.get("attachments").get(0).get("sha256").asString()).isEqualTo(ContentHash.sha256(Files.PDF).value());
        assertThat(byHash.get("number").asInt()).isEqualTo(1);
        assertThat(second.get("attachments").get(0).get("sha256").asString())
                .isEqualTo(ContentHash.sha256(Files.PDF_V2).value());
        ApiResponse oldContent = api.get(first.get("attachments").get(0).get("href").asString(), as(Role.MANAGER));
        assertThat(oldContent.status()).isEqualTo(200);
        assertThat(oldContent.body().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(Files.PDF);
        assertThat(api.get("/api/proposals/" + id + "/versions/3", as(Role.AUTHOR)).status()).isEqualTo(404);
    }

    @Test
    void aScheduledProposalIsOnTheAgendaWithMeetingAndDate() {
        Submitted s = onAgenda(approved());

        JsonNode agenda = awaitStatus(s.id(), "ON_AGENDA").get("agenda");

        assertThat(agenda.get("meetingId").asString()).isEqualTo("meeting-1");
        assertThat(agenda.get("meetingDate").asString()).isEqualTo("2026-03-10");
        assertThat(agenda.get("itemType").asString()).isEqualTo("HAMMER_ITEM");
    }

    @Test
    void aDecisionAsProposedIsFinalAndRecordsTheOutcome() {
        Submitted s = onAgenda(approved());

        publish(Topics.MEETING, decision(s, DecisionOutcome.AS_PROPOSED, null));

        JsonNode view = awaitStatus(s.id(), "DECIDED");
        assertThat(view.get("decision").get("outcome").asString()).isEqualTo("AS_PROPOSED");
        assertThat(api.withdraw(s.id(), "Te laat", as(Role.AUTHOR)).status()).isEqualTo(409);
    }

    @Test
    void aProposalTakenOffTheAgendaIsReadyToBeScheduledAgain() {
        Submitted s = onAgenda(approved());

        publish(Topics.MEETING, new ProposalUnscheduled(s.proposalId(), "meeting-1", DecidingBody.COLLEGE, "item-1",
                "Vergadering vervalt"));

        JsonNode view = awaitStatus(s.id(), "APPROVED");
        assertThat(view.has("agenda") && !view.get("agenda").isNull()).isFalse();
        onAgenda(s);
    }

    @Test
    void aPostponedProposalIsReadyAgainAndOffTheAgenda() {
        Submitted s = onAgenda(approved());

        publish(Topics.MEETING, decision(s, DecisionOutcome.POSTPONED, null));

        JsonNode view = awaitStatus(s.id(), "APPROVED");
        assertThat(view.get("decision").get("outcome").asString()).isEqualTo("POSTPONED");
        assertThat(view.has("agenda") && !view.get("agenda").isNull()).isFalse();
    }

    @Test
    void aCouncilProposalAdoptedByTheCollegeIsReadyForTheCouncil() {
        Submitted s = submitted(DraftingApi.VALID.replace("COLLEGE_PROPOSAL", "COUNCIL_PROPOSAL"));
        publish(Topics.APPROVAL, new RouteCompleted(s.proposalId(), "route-1", s.version()));
        awaitStatus(s.id(), "APPROVED");
        onAgenda(s);

        publish(Topics.MEETING, decision(s, DecisionOutcome.AS_PROPOSED, DecidingBody.COUNCIL));

        JsonNode view = awaitStatus(s.id(), "APPROVED");
        assertThat(view.get("nextBody").asString()).isEqualTo("COUNCIL");
        assertThat(api.get("/api/proposals?status=APPROVED&decidingBody=COUNCIL&q=Marktplein&size=100", as(Role.CLERK))
                .json().get("items").toString()).contains(s.id());
    }

    @Test
    void theAuthorWithdrawsWithAReasonAndProposalWithdrawnIsPublished() {
        Submitted s = submitted();

        ApiResponse withdrawn = api.withdraw(s.id(), "Wordt meegenomen in de visie", as(Role.AUTHOR));

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().get("withdrawal").get("reason").asString()).isEqualTo("Wordt meegenomen in de visie");
        assertThat(awaitRecord(s.id(), "ProposalWithdrawn")).contains("Wordt meegenomen in de visie");
        publish(Topics.APPROVAL, new RouteCompleted(s.proposalId(), "route-late", s.version()));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                "WITHDRAWN".equals(api.get("/api/proposals/" + s.id(), as(Role.AUTHOR)).json().get("status").asString()));
    }

    @Test
    void aManagerOfTheDepartmentMayWithdrawOneOfAnotherDepartmentMayNot() {
        Submitted s = approved();
        String otherManager = "Bearer " + TestTokens.forUser("olga.manager", "Olga", "Financiën", Role.MANAGER);

        assertThat(api.withdraw(s.id(), "Geen budget", otherManager).status()).isEqualTo(403);
        assertThat(api.withdraw(s.id(), "Prioriteit vervallen", as(Role.MANAGER)).status()).isEqualTo(200);
    }

    @Test
    void aWithdrawalWithoutReasonIs400AndByAnotherAuthor403() {
        String id = api.drafted();

        ApiResponse noReason = api.withdraw(id, null, as(Role.AUTHOR));
        ApiResponse otherAuthor = api.withdraw(id, "Weg", DraftingApi.OTHER_AUTHOR);

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("detail").asString()).contains("reason");
        assertThat(otherAuthor.status()).isEqualTo(403);
        assertThat(api.get("/api/proposals/" + id, as(Role.AUTHOR)).json().get("status").asString()).isEqualTo("DRAFT");
    }

    private String awaitRecord(String key, String type) {
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(
                KafkaTestUtils.consumerProps(broker, "test-" + key, false),
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.DRAFTING);
            AtomicReference<String> found = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(r -> {
                    String recordType = new String(r.headers().lastHeader("hamerslag-event-type").value(), StandardCharsets.UTF_8);
                    if (key.equals(r.key()) && type.equals(recordType)) {
                        found.set(new String(r.value(), StandardCharsets.UTF_8));
                    }
                });
                return found.get() != null;
            });
            return found.get();
        }
    }
}
