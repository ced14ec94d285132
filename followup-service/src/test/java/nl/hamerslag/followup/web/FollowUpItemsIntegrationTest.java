package nl.hamerslag.followup.web;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.meeting.CommitmentMade;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.contracts.meeting.FollowUpAction;
import nl.hamerslag.contracts.meeting.InstrumentOutcome;
import nl.hamerslag.contracts.meeting.MotionDecided;
import nl.hamerslag.followup.support.FollowUpApi;
import nl.hamerslag.followup.support.FollowupIntegrationTest;
import nl.hamerslag.test.ApiResponse;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static nl.hamerslag.followup.support.FollowUpApi.bearer;
import static nl.hamerslag.followup.support.FollowUpApi.itemId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * From the meeting's events on the real Kafka to settled items: a decision's follow-up action, a
 * commitment and an adopted motion become items; they are worked on and settled with an uploaded
 * PDF by the right roles; every change is published on hamerslag.followup.events.v1.
 */
@FollowupIntegrationTest
class FollowUpItemsIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final LocalDate FAR = LocalDate.of(2031, 3, 1);

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    EmbeddedKafkaBroker broker;

    private FollowUpApi api;
    private final String meetingId = "meeting-" + UUID.randomUUID();

    @BeforeEach
    void setUp() {
        api = new FollowUpApi(port, kafka);
    }

    @Test
    void theMeetingsActionsCommitmentsAndAdoptedMotionsAreFollowedUpAndSettledAndEveryChangeIsPublished() {
        ProposalId proposal = api.submitted(Confidentiality.OPENBAAR, DecidingBody.COUNCIL);
        String decisionId = "decision-" + UUID.randomUUID();
        String commitmentId = "commitment-" + UUID.randomUUID();
        String motionId = "motion-" + UUID.randomUUID();
        String rejectedMotionId = "motion-" + UUID.randomUUID();
        api.publish(Topics.MEETING, decision(proposal, decisionId, DecisionOutcome.AS_PROPOSED));
        api.publish(Topics.MEETING, new CommitmentMade(meetingId, commitmentId, proposal, "item-1",
                "De wethouder stuurt de raad voor de zomer een evaluatie", "member-wim", "wim.wethouder", "de raad", FAR));
        api.publish(Topics.MEETING, motion(motionId, InstrumentOutcome.ADOPTED));
        api.publish(Topics.MEETING, motion(rejectedMotionId, InstrumentOutcome.REJECTED));

        String action = itemId("decision", decisionId + "#0");
        String commitment = itemId("commitment", commitmentId);
        String motion = itemId("motion", motionId);
        String clerk = bearer(Role.CLERK);
        JsonNode commitmentItem = awaitItem(commitment, clerk);
        assertThat(commitmentItem.get("kind").asString()).isEqualTo("COMMITMENT");
        assertThat(commitmentItem.get("state").asString()).isEqualTo("OPEN");
        assertThat(commitmentItem.get("portfolioHolder").asString()).isEqualTo("wim.wethouder");
        assertThat(commitmentItem.get("deadline").asString()).isEqualTo(FAR.toString());
        assertThat(commitmentItem.get("proposalId").asString()).isEqualTo(proposal.toString());
        JsonNode actionItem = awaitItem(action, clerk);
        assertThat(actionItem.get("kind").asString()).isEqualTo("ACTION");
        assertThat(actionItem.get("department").asString()).isEqualTo("Ruimte");
        assertThat(actionItem.get("decisionId").asString()).isEqualTo(decisionId);
        assertThat(awaitItem(motion, clerk).get("kind").asString()).isEqualTo("MOTION");
        assertThat(api.get("/api/followup/items/" + itemId("motion", rejectedMotionId), clerk).status())
                .as("a rejected motion is not followed up").isEqualTo(404);

        // the commitment: the secretariat proposes a letter, the griffie settles it
        String secretariat = bearer(Role.SECRETARIAT);
        ApiResponse settled = api.post("/api/followup/items/" + commitment + "/settlement/accept", null, clerk);
        assertThat(settled.status()).as("settling without a settlement document").isEqualTo(409);
        ApiResponse proposed = api.upload("/api/followup/items/" + commitment + "/settlement", "brief.bin",
                FollowUpApi.PDF, secretariat);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        assertThat(proposed.json().get("state").asString()).isEqualTo("SETTLEMENT_PROPOSED");
        assertThat(proposed.json().get("document").get("mediaType").asString())
                .as("the type is read from the bytes, not the name").isEqualTo("application/pdf");
        assertThat(proposed.json().get("document").get("sha256").asString())
                .isEqualTo(ContentHash.sha256(FollowUpApi.PDF).value());
        assertThat(api.post("/api/followup/items/" + commitment + "/settlement/accept", null,
                bearer(Role.MANAGER)).status()).as("a manager does not settle a commitment").isEqualTo(403);
        settled = api.post("/api/followup/items/" + commitment + "/settlement/accept", null, clerk);
        assertThat(settled.status()).as(settled.body()).isEqualTo(200);
        assertThat(settled.json().get("state").asString()).isEqualTo("SETTLED");
        var download = api.get("/api/followup/items/" + commitment + "/settlement", clerk);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");

        // the action: its department works on it; a manager of the department settles, not one from elsewhere
        String author = bearer(Role.AUTHOR);
        assertThat(api.post("/api/followup/items/" + action + "/start", null, author).json().get("state").asString())
                .isEqualTo("IN_PROGRESS");
        assertThat(api.post("/api/followup/items/" + action + "/deadline",
                "{\"deadline\":\"2031-06-01\"}", author).status()).as("an extension without reason").isEqualTo(400);
        ApiResponse extended = api.post("/api/followup/items/" + action + "/deadline",
                "{\"deadline\":\"2031-06-01\",\"reason\":\"Wacht op het advies van de provincie\"}", author);
        assertThat(extended.json().get("deadline").asString()).isEqualTo("2031-06-01");
        assertThat(api.upload("/api/followup/items/" + action + "/settlement", "memo.pdf", FollowUpApi.PDF, author).status())
                .isEqualTo(200);
        assertThat(api.post("/api/followup/items/" + action + "/settlement/accept", null,
                FollowUpApi.bearer("mehmet.manager", "Sociaal Domein", Role.MANAGER)).status())
                .as("a manager of another department").isEqualTo(403);
        String manager = bearer(Role.MANAGER);
        assertThat(api.post("/api/followup/items/" + action + "/settlement/reject", "{}", manager).status())
                .as("not accepted without a reason").isEqualTo(400);
        ApiResponse rejected = api.post("/api/followup/items/" + action + "/settlement/reject",
                "{\"reason\":\"De evaluatie mist de cijfers van 2030\"}", manager);
        assertThat(rejected.json().get("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(rejected.json().get("lastReason").asString()).isEqualTo("De evaluatie mist de cijfers van 2030");

        // the motion: the clerk who proposed its settlement may not accept it; another clerk may
        assertThat(api.upload("/api/followup/items/" + motion + "/settlement", "uitvoering.pdf", FollowUpApi.PDF, clerk)
                .status()).isEqualTo(200);
        assertThat(api.post("/api/followup/items/" + motion + "/settlement/accept", null, clerk).status())
                .as("nobody settles their own work").isEqualTo(403);
        assertThat(api.post("/api/followup/items/" + motion + "/settlement/accept", null,
                FollowUpApi.bearer("gijs.griffier", "Griffie", Role.CLERK)).json().get("state").asString())
                .isEqualTo("SETTLED");

        // every change is on the topic, keyed by the proposal
        List<String> published = publishedTypes(proposal.toString(), commitment, 4);
        assertThat(published).as("an open item is started by the settlement proposed for it")
                .containsExactly("FollowUpItemOpened", "FollowUpItemStarted", "SettlementProposed", "SettlementAccepted");
    }

    @Test
    void anItemAboutAProposalTheCallerMayNotSeeIsNotFoundAndLeftOutOfTheLists() {
        ProposalId secret = api.submitted(Confidentiality.VERTROUWELIJK, DecidingBody.COLLEGE);
        String decisionId = "decision-" + UUID.randomUUID();
        api.publish(Topics.MEETING, decision(secret, decisionId, DecisionOutcome.AS_PROPOSED));
        String action = itemId("decision", decisionId + "#0");
        awaitItem(action, bearer(Role.MANAGER));

        assertThat(api.get("/api/followup/items/" + action, bearer(Role.CLERK)).status()).isEqualTo(404);
        assertThat(api.get("/api/followup/items/" + action, bearer(Role.COUNCIL_MEMBER)).status()).isEqualTo(404);
        assertThat(api.post("/api/followup/items/" + action + "/start", null, bearer(Role.CLERK)).status())
                .as("an action on a hidden item is 404, not 403").isEqualTo(404);
        assertThat(api.get("/api/followup/items?kind=ACTION", bearer(Role.CLERK)).body()).doesNotContain(action);
        assertThat(api.get("/api/followup/items?kind=ACTION", bearer(Role.MANAGER)).body()).contains(action);
    }

    @Test
    void theGriffieRegistersACouncilQuestionThatIsDueAfterTheLegalTerm() {
        String clerk = bearer(Role.CLERK);
        ApiResponse withoutSubmitter = api.post("/api/followup/questions", """
                {"kind":"TECHNICAL","text":"Hoeveel laadpalen zijn er?","receivedOn":"2026-11-02"}""", clerk);
        assertThat(withoutSubmitter.status()).as(withoutSubmitter.body()).isEqualTo(400);
        assertThat(withoutSubmitter.contentType()).startsWith("application/problem+json");

        ApiResponse byAManager = api.post("/api/followup/questions", """
                {"kind":"TECHNICAL","submitter":"Ria Raadslid","text":"Hoeveel?","receivedOn":"2026-11-02"}""",
                bearer(Role.MANAGER));
        assertThat(byAManager.status()).isEqualTo(403);

        ApiResponse registered = api.post("/api/followup/questions", """
                {"kind":"WRITTEN_POLITICAL","submitter":"fractie Groen Dorp","text":"Hoeveel laadpalen zijn er?",
                 "receivedOn":"2026-11-02","department":"Ruimte","portfolioHolder":"wim.wethouder"}""", clerk);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        JsonNode question = registered.json();
        assertThat(question.get("kind").asString()).isEqualTo("QUESTION");
        assertThat(question.get("questionKind").asString()).isEqualTo("WRITTEN_POLITICAL");
        assertThat(question.get("submitter").asString()).isEqualTo("fractie Groen Dorp");
        assertThat(question.get("deadline").asString()).as("received + 30 days").isEqualTo("2026-12-02");
        assertThat(api.get("/api/followup/items/" + question.get("id").asString(), bearer(Role.COUNCIL_MEMBER)).status())
                .as("a question is for council members too").isEqualTo(200);
    }

    @Test
    void theCommitmentsListIsJsonCsvAndAnAccessibleHtmlPageWithStatusColours() {
        String commitmentId = "commitment-" + UUID.randomUUID();
        api.publish(Topics.MEETING, new CommitmentMade(meetingId, commitmentId, null, null,
                "=HYPERLINK(\"x\") De burgemeester informeert de raad", "member-mayor", "burgemeester", "de raad", FAR));
        String item = itemId("commitment", commitmentId);
        String clerk = bearer(Role.CLERK);
        awaitItem(item, clerk);

        ApiResponse json = api.get("/api/followup/lists/commitments", clerk);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).contains(item).contains("\"statusText\":\"nieuw\"");

        ApiResponse csv = api.get("/api/followup/lists/commitments", clerk, "Accept", "text/csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("id;vergadering;").contains(item)
                .as("a formula is shown, not run").contains("\"'=HYPERLINK(\"\"x\"\")");
        assertThat(api.get("/api/followup/lists/commitments.csv", clerk).body()).contains(item);

        ApiResponse html = api.get("/api/followup/lists/commitments", clerk, "Accept", "text/html");
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("<html lang=\"nl\">", "<caption>Toezeggingenlijst", "<th scope=\"col\">",
                "status-new", "nieuw").doesNotContain("=HYPERLINK(\"x\")");
        assertThat(api.get("/api/followup/lists/motions", clerk).status()).isEqualTo(200);
        assertThat(api.get("/api/followup/lists/decisions", clerk).status()).isEqualTo(404);
    }

    private DecisionTaken decision(ProposalId proposal, String decisionId, DecisionOutcome outcome) {
        return new DecisionTaken(proposal, decisionId, meetingId, DecidingBody.COUNCIL, outcome,
                ContentHash.sha256("v1 " + proposal), Instant.now(), null, "item-1", "Laadpalen", "Besloten conform",
                null, Confidentiality.OPENBAAR, LocalDate.of(2026, 11, 5), List.of(),
                List.of(new FollowUpAction("Evalueer het laadpalenplan", "wim.wethouder", "Ruimte", FAR)));
    }

    private MotionDecided motion(String motionId, InstrumentOutcome outcome) {
        return new MotionDecided(meetingId, motionId, null, null, "Meer laadpalen", "verzoekt het college ...",
                List.of("fractie Groen Dorp"), List.of(), outcome, "vote-" + motionId);
    }

    private JsonNode awaitItem(String itemId, String bearer) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/followup/items/" + itemId, bearer).status() == 200);
        return api.get("/api/followup/items/" + itemId, bearer).json();
    }

    private List<String> publishedTypes(String key, String itemId, int expected) {
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(
                KafkaTestUtils.consumerProps(broker, "followup-test-" + UUID.randomUUID(), false),
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.FOLLOWUP);
            List<String> found = new ArrayList<>();
            await().atMost(PATIENCE).until(() -> {
                for (ConsumerRecord<String, byte[]> record : KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500))) {
                    if (key.equals(record.key()) && new String(record.value(), StandardCharsets.UTF_8).contains(itemId)) {
                        found.add(header(record, EventHeaders.EVENT_TYPE));
                    }
                }
                return found.size() >= expected;
            });
            return found;
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
