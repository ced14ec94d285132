package nl.hamerslag.meeting.web;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.drafting.ProposalWithdrawn;
import nl.hamerslag.meeting.support.MeetingApi;
import nl.hamerslag.meeting.support.MeetingApi.Proposal;
import nl.hamerslag.meeting.support.MeetingIntegrationTest;
import nl.hamerslag.meeting.query.BodyDirectory;
import nl.hamerslag.test.ApiResponse;
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
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static nl.hamerslag.meeting.support.MeetingApi.ALDERMAN;
import static nl.hamerslag.meeting.support.MeetingApi.CLERK;
import static nl.hamerslag.meeting.support.MeetingApi.OUTSIDER;
import static nl.hamerslag.meeting.support.MeetingApi.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@MeetingIntegrationTest
class AgendaAndDecisionIntegrationTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 10);

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    BodyDirectory bodies;

    MeetingApi api;

    @BeforeEach
    void setUp() {
        api = new MeetingApi(port, kafka, bodies);
    }

    @Test
    void anApprovedProposalIsScheduledPublishedAndDecidedAndTheDecisionIsPublishedWithItsDocuments() {
        Proposal proposal = api.approved("Herinrichting Marktplein", Confidentiality.OPENBAAR, DecidingBody.COLLEGE);
        String meeting = api.planned(api.body(DecidingBody.COLLEGE), DATE, SECRETARIAT);
        api.standing(meeting, "OPENING", null, SECRETARIAT);
        String item = api.scheduled(meeting, proposal.id(), "HAMMER_ITEM", SECRETARIAT);

        assertThat(api.ready(DecidingBody.COLLEGE, SECRETARIAT)).doesNotContain(proposal.id().toString());
        api.ok(api.post("/api/meetings/" + meeting + "/agenda/publish", null, SECRETARIAT));
        String closing = api.standing(meeting, "CLOSING", null, SECRETARIAT);
        JsonNode agenda = api.agenda(meeting, SECRETARIAT);
        assertThat(agenda.get("items").get(1).get("id").asString()).isEqualTo(item);
        assertThat(agenda.get("items").get(1).get("number").asInt()).isEqualTo(2);
        assertThat(agenda.get("items").get(1).get("itemType").asString()).isEqualTo("HAMMER_ITEM");
        assertThat(agenda.get("items").get(1).get("documents").size()).isEqualTo(2);
        assertThat(agenda.get("changes").get(0).get("change").asString()).isEqualTo("ADDED");
        assertThat(agenda.get("changes").get(0).get("agendaItemId").asString()).isEqualTo(closing);

        api.ok(api.post("/api/meetings/" + meeting + "/open", null, SECRETARIAT));
        api.ok(api.present(meeting, api.anyMember(DecidingBody.COLLEGE), SECRETARIAT));
        ApiResponse decided = api.post("/api/meetings/" + meeting + "/agenda/decide-hammer-items", null, SECRETARIAT);
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().get(0).get("outcome").asString()).isEqualTo("AS_PROPOSED");
        assertThat(api.decide(meeting, item, "{\"outcome\":\"REJECTED\"}", SECRETARIAT).status()).isEqualTo(409);

        JsonNode decision = JsonMapper.builder().build().readTree(awaitRecord(proposal.id().toString(), "DecisionTaken"));
        assertThat(decision.get("version").asString()).isEqualTo(proposal.version().value());
        assertThat(decision.get("documentHashes").toString())
                .contains(proposal.documents().stream().map(Manifest.Entry::sha256).map(ContentHash::value).toList()
                        .toArray(String[]::new));
        assertThat(decision.get("meetingDate").asString()).isEqualTo(DATE.toString());

        api.ok(api.post("/api/meetings/" + meeting + "/close", null, SECRETARIAT));
        JsonNode list = api.get("/api/meetings/" + meeting + "/decision-list", SECRETARIAT).json();
        assertThat(list.get("state").asString()).isEqualTo("DRAWN_UP");
        assertThat(list.get("decisions").get(0).get("proposalId").asString()).isEqualTo(proposal.id().toString());
        assertThat(ContentHash.sha256(list.get("drawnUp").asString()).value()).isEqualTo(list.get("sha256").asString());
        assertThat(api.ready(DecidingBody.COLLEGE, SECRETARIAT)).doesNotContain(proposal.id().toString());
    }

    @Test
    void aCouncilProposalGoesFromTheCollegeToTheCommitteeToTheCouncilWhichDecidesOnlyWithAQuorum() {
        Proposal proposal = api.approved("Omgevingsvisie", Confidentiality.OPENBAAR, DecidingBody.COUNCIL);
        assertThat(api.ready(DecidingBody.COUNCIL, CLERK)).doesNotContain(proposal.id().toString());

        String college = api.planned(api.body(DecidingBody.COLLEGE), DATE, SECRETARIAT);
        String collegeItem = api.scheduled(college, proposal.id(), "DEBATE_ITEM", SECRETARIAT);
        api.publishedAndOpened(college, SECRETARIAT);
        ApiResponse toCommittee = api.decide(college, collegeItem, "{\"outcome\":\"AS_PROPOSED\"}", SECRETARIAT);
        assertThat(toCommittee.status()).as(toCommittee.toString()).isEqualTo(201);
        assertThat(toCommittee.json().get("nextBody").asString()).isEqualTo("COMMITTEE");
        api.awaitReady(proposal, DecidingBody.COMMITTEE);

        String committee = api.planned(api.body(DecidingBody.COMMITTEE), DATE.plusDays(7), CLERK);
        String committeeItem = api.scheduled(committee, proposal.id(), "DEBATE_ITEM", CLERK);
        api.publishedAndOpened(committee, CLERK);
        api.ok(api.decide(committee, committeeItem, "{\"outcome\":\"AS_PROPOSED\",\"decisionText\":\"Positief advies\"}", CLERK));
        api.awaitReady(proposal, DecidingBody.COUNCIL);

        String council = api.planned(api.body(DecidingBody.COUNCIL), DATE.plusDays(14), CLERK);
        String councilItem = api.scheduled(council, proposal.id(), "DEBATE_ITEM", CLERK);
        api.publishedAndOpened(council, CLERK);
        List<String> seats = api.seats(DecidingBody.COUNCIL);
        int half = seats.size() / 2;
        seats.subList(0, half).forEach(member -> api.ok(api.present(council, member, CLERK)));
        ApiResponse withoutQuorum = api.decide(council, councilItem, "{\"outcome\":\"AS_PROPOSED\"}", CLERK);
        assertThat(withoutQuorum.status()).as(withoutQuorum.toString()).isEqualTo(409);
        assertThat(withoutQuorum.json().get("detail").asString()).contains(half + " of " + seats.size());
        ApiResponse oneMore = api.present(council, seats.get(half), CLERK);
        assertThat(oneMore.json().get("quorum").asBoolean()).isTrue();
        ApiResponse decided = api.decide(council, councilItem, """
                {"outcome":"AMENDED","amendedText":"Met de wijziging van artikel 2","decisionText":"Gewijzigd vastgesteld",
                 "followUpActions":[{"description":"Uitvoeringsplan","portfolioHolder":"Wethouder Wim","department":"Ruimte",
                 "deadline":"2026-09-01"}]}""", CLERK);
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        assertThat(decided.json().get("nextBody").isNull()).isTrue();
        assertThat(decided.json().get("followUpActions").get(0).get("deadline").asString()).isEqualTo("2026-09-01");
    }

    @Test
    void aPostponedItemAWithdrawnItemAndACancelledMeetingPutTheProposalBackOnTheReadyList() {
        Proposal postponed = api.approved("Aangehouden voorstel", Confidentiality.OPENBAAR, DecidingBody.COLLEGE);
        Proposal withdrawn = api.approved("Teruggenomen voorstel", Confidentiality.OPENBAAR, DecidingBody.COLLEGE);
        Proposal cancelled = api.approved("Voorstel op geannuleerde vergadering", Confidentiality.OPENBAAR,
                DecidingBody.COLLEGE);
        String meeting = api.planned(api.body(DecidingBody.COLLEGE), DATE, SECRETARIAT);
        String postponedItem = api.scheduled(meeting, postponed.id(), "DEBATE_ITEM", SECRETARIAT);
        String withdrawnItem = api.scheduled(meeting, withdrawn.id(), "DEBATE_ITEM", SECRETARIAT);
        api.publishedAndOpened(meeting, SECRETARIAT);

        api.ok(api.decide(meeting, postponedItem, "{\"outcome\":\"POSTPONED\"}", SECRETARIAT));
        api.ok(api.post("/api/meetings/" + meeting + "/agenda/" + withdrawnItem + "/withdraw",
                "{\"reason\":\"Stukken niet compleet\"}", SECRETARIAT));
        String other = api.planned(api.body(DecidingBody.COLLEGE), DATE.plusDays(7), SECRETARIAT);
        api.scheduled(other, cancelled.id(), "HAMMER_ITEM", SECRETARIAT);
        ApiResponse cancel = api.post("/api/meetings/" + other + "/cancel", "{\"reason\":\"Reces\"}", SECRETARIAT);

        assertThat(cancel.json().get("meeting").get("state").asString()).isEqualTo("CANCELLED");
        assertThat(api.ready(DecidingBody.COLLEGE, SECRETARIAT)).contains(postponed.id().toString(),
                withdrawn.id().toString(), cancelled.id().toString());
        assertThat(api.schedule(other, cancelled.id(), "HAMMER_ITEM", SECRETARIAT).status()).isEqualTo(409);
        JsonNode agenda = api.agenda(meeting, SECRETARIAT);
        assertThat(agenda.get("items").get(1).get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(agenda.get("changes").get(0).get("change").asString()).isEqualTo("WITHDRAWN");
        assertThat(agenda.get("changes").get(0).get("reason").asString()).isEqualTo("Stukken niet compleet");
        assertThat(api.post("/api/meetings/" + meeting + "/cancel", "{\"reason\":\"Te laat\"}", SECRETARIAT).status())
                .isEqualTo(409);
    }

    @Test
    void anUnapprovedOrWithdrawnProposalIsNotScheduled() {
        Proposal unapproved = api.submitted("Nog in de route", Confidentiality.OPENBAAR, DecidingBody.COLLEGE);
        Proposal withdrawn = api.approved("Ingetrokken", Confidentiality.OPENBAAR, DecidingBody.COLLEGE);
        api.publish(Topics.DRAFTING, new ProposalWithdrawn(withdrawn.id(),
                new nl.hamerslag.contracts.Actor("anna.steller", "Anna", nl.hamerslag.contracts.Role.AUTHOR), "Vervallen"));
        String meeting = api.planned(api.body(DecidingBody.COLLEGE), DATE, SECRETARIAT);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.ready(DecidingBody.COLLEGE, SECRETARIAT)).doesNotContain(withdrawn.id().toString()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.schedule(meeting, unapproved.id(), "DEBATE_ITEM", SECRETARIAT).status()).isEqualTo(409));
        assertThat(api.schedule(meeting, withdrawn.id(), "DEBATE_ITEM", SECRETARIAT).status()).isEqualTo(409);
    }

    @Test
    void theNextMeetingOfTheBodyAdoptsTheDecisionListOnce() {
        String first = api.planned(api.body(DecidingBody.COMMITTEE), DATE, CLERK);
        api.standing(first, "OPENING", null, CLERK);
        api.publishedAndOpened(first, CLERK);
        api.ok(api.post("/api/meetings/" + first + "/close", null, CLERK));
        assertThat(api.get("/api/meetings/" + first + "/decision-list", CLERK).json().get("state").asString())
                .isEqualTo("DRAWN_UP");

        String next = api.planned(api.body(DecidingBody.COMMITTEE), DATE.plusDays(14), CLERK);
        String adopting = api.standing(next, "PREVIOUS_DECISION_LIST", first, CLERK);
        api.publishedAndOpened(next, CLERK);
        ApiResponse adopted = api.decide(next, adopting, "{\"outcome\":\"AS_PROPOSED\"}", CLERK);
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);

        JsonNode list = api.get("/api/meetings/" + first + "/decision-list", CLERK).json();
        assertThat(list.get("state").asString()).isEqualTo("ADOPTED");
        assertThat(list.get("adoptedInMeetingId").asString()).isEqualTo(next);
        assertThat(awaitRecord(first, "DecisionListAdopted")).contains(next);
        String third = api.planned(api.body(DecidingBody.COMMITTEE), DATE.plusDays(28), CLERK);
        String again = api.standing(third, "PREVIOUS_DECISION_LIST", first, CLERK);
        api.publishedAndOpened(third, CLERK);
        assertThat(api.post("/api/meetings/" + third + "/agenda/" + again + "/adopt-decision-list", null, CLERK).status())
                .isEqualTo(409);
    }

    @Test
    void aProposalWithdrawnInDraftingLeavesTheAgendaItIsOn() {
        Proposal proposal = api.approved("Wordt ingetrokken", Confidentiality.OPENBAAR, DecidingBody.COLLEGE);
        String meeting = api.planned(api.body(DecidingBody.COLLEGE), DATE, SECRETARIAT);
        String item = api.scheduled(meeting, proposal.id(), "DEBATE_ITEM", SECRETARIAT);
        api.ok(api.post("/api/meetings/" + meeting + "/agenda/publish", null, SECRETARIAT));

        api.publish(Topics.DRAFTING, new ProposalWithdrawn(proposal.id(),
                new nl.hamerslag.contracts.Actor("anna.steller", "Anna", nl.hamerslag.contracts.Role.AUTHOR), "Vervallen"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode agenda = api.agenda(meeting, SECRETARIAT);
            assertThat(agenda.get("items").get(0).get("status").asString()).isEqualTo("WITHDRAWN");
            assertThat(agenda.get("changes").get(0).get("agendaItemId").asString()).isEqualTo(item);
        });
        assertThat(api.ready(DecidingBody.COLLEGE, SECRETARIAT)).doesNotContain(proposal.id().toString());
    }

    @Test
    void aVertrouwelijkProposalDoesNotExistForAnOutsiderAndTheWrongRoleMayNotScheduleIt() {
        Proposal secret = api.approved("Grondaankoop", Confidentiality.VERTROUWELIJK, DecidingBody.COLLEGE);
        String meeting = api.planned(api.body(DecidingBody.COLLEGE), DATE, SECRETARIAT);

        assertThat(api.ready(DecidingBody.COLLEGE, OUTSIDER)).doesNotContain(secret.id().toString());
        assertThat(api.schedule(meeting, secret.id(), "DEBATE_ITEM", OUTSIDER).status()).isEqualTo(404);
        assertThat(api.schedule(meeting, secret.id(), "DEBATE_ITEM", ALDERMAN).status()).isEqualTo(403);
        // the griffie is not in the circle of a college proposal: for the clerk it does not exist
        assertThat(api.schedule(meeting, secret.id(), "DEBATE_ITEM", CLERK).status()).isEqualTo(404);
        String item = api.scheduled(meeting, secret.id(), "DEBATE_ITEM", SECRETARIAT);

        assertThat(api.agenda(meeting, ALDERMAN).get("items").toString()).contains(item);
        assertThat(api.agenda(meeting, OUTSIDER).get("items").toString()).doesNotContain(item).doesNotContain("Grondaankoop");
        assertThat(api.post("/api/meetings/" + meeting + "/agenda/" + item + "/withdraw", "{\"reason\":\"x\"}", OUTSIDER)
                .status()).isEqualTo(404);
        assertThat(api.post("/api/meetings/" + meeting + "/agenda/" + item + "/withdraw", "{\"reason\":\"x\"}", ALDERMAN)
                .status()).isEqualTo(403);
        assertThat(api.post("/api/meetings", "{\"bodyId\":\"" + api.body(DecidingBody.COLLEGE) + "\",\"date\":\"2026-04-01\"}", CLERK)
                .status()).isEqualTo(403);
    }

    private String awaitRecord(String key, String type) {
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(
                KafkaTestUtils.consumerProps(broker, "test-" + key, false),
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.MEETING);
            AtomicReference<String> found = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(r -> {
                    String recordType = new String(r.headers().lastHeader("hamerslag-event-type").value(),
                            StandardCharsets.UTF_8);
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
