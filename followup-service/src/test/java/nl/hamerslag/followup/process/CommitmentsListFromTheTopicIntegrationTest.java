package nl.hamerslag.followup.process;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.meeting.CommitmentMade;
import nl.hamerslag.followup.support.FollowUpApi;
import nl.hamerslag.followup.support.FollowupIntegrationTest;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.hamerslag.followup.support.FollowUpApi.bearer;
import static nl.hamerslag.followup.support.FollowUpApi.itemId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The griffie's own system, reading {@code hamerslag.followup.events.v1} from offset 0 with nothing but
 * the published events (docs/followup-events.md), rebuilds the commitments list exactly as follow-up
 * shows it at {@code /api/followup/lists/commitments}: every commitment, its text, deadline and state.
 */
@FollowupIntegrationTest
class CommitmentsListFromTheTopicIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One line of the list as a consumer keeps it. */
    record Line(String text, String deadline, String state) {
    }

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void aConsumerFromOffsetZeroRebuildsTheCommitmentsList() {
        FollowUpApi api = new FollowUpApi(port, kafka);
        String clerk = bearer(Role.CLERK);
        ProposalId proposal = api.submitted(Confidentiality.OPENBAAR, DecidingBody.COUNCIL);
        String meetingId = "meeting-" + UUID.randomUUID();
        String settledSource = "commitment-" + UUID.randomUUID();
        String openSource = "commitment-" + UUID.randomUUID();
        api.publish(Topics.MEETING, new CommitmentMade(meetingId, settledSource, proposal, "item-1",
                "De raad krijgt een evaluatie van de pilot", "member-wim", "wim.wethouder", "de raad",
                LocalDate.of(2031, 3, 1)));
        api.publish(Topics.MEETING, new CommitmentMade(meetingId, openSource, proposal, "item-1",
                "De wethouder komt terug op de kosten", "member-wim", "wim.wethouder", "de raad",
                LocalDate.of(2031, 6, 1)));
        String settled = itemId("commitment", settledSource);
        String open = itemId("commitment", openSource);
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/followup/items/" + open, clerk).status() == 200
                && api.get("/api/followup/items/" + settled, clerk).status() == 200);
        assertThat(api.upload("/api/followup/items/" + settled + "/settlement", "brief.pdf", FollowUpApi.PDF,
                bearer(Role.SECRETARIAT)).status()).isEqualTo(200);
        assertThat(api.post("/api/followup/items/" + settled + "/settlement/accept", null, clerk).status()).isEqualTo(200);

        Map<String, Line> shown = new HashMap<>();
        api.get("/api/followup/lists/commitments", clerk).json().forEach(entry -> shown.put(entry.get("id").asString(),
                new Line(entry.get("text").asString(), entry.get("deadline").asString(), entry.get("state").asString())));

        Map<String, Line> rebuilt = rebuildFromOffsetZero(settled);

        assertThat(rebuilt.get(settled)).isEqualTo(new Line("De raad krijgt een evaluatie van de pilot", "2031-03-01",
                "SETTLED"));
        assertThat(rebuilt.get(open)).isEqualTo(new Line("De wethouder komt terug op de kosten", "2031-06-01", "OPEN"));
        assertThat(rebuilt).as("every commitment the griffie is shown, the same as the topic says")
                .containsAllEntriesOf(shown);
    }

    /** The commitments list from nothing but the topic, read from its start until {@code last} is settled. */
    private Map<String, Line> rebuildFromOffsetZero(String last) {
        Map<String, Object> properties = KafkaTestUtils.consumerProps(broker, "griffie-" + UUID.randomUUID(), false);
        properties.put("auto.offset.reset", "earliest");
        Map<String, Line> lines = new HashMap<>();
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(Topics.FOLLOWUP));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> fold(lines, record));
                return lines.containsKey(last) && lines.get(last).state().equals("SETTLED");
            });
        }
        return lines;
    }

    private static void fold(Map<String, Line> lines, ConsumerRecord<String, byte[]> record) {
        String type = header(record, EventHeaders.EVENT_TYPE);
        JsonNode event = JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
        String id = event.path("itemId").asString();
        Line line = lines.get(id);
        switch (type) {
            case "FollowUpItemOpened" -> {
                if (event.get("kind").asString().equals("COMMITMENT")) {
                    lines.put(id, new Line(event.get("text").asString(), event.get("deadline").asString(), "OPEN"));
                }
            }
            case "FollowUpItemStarted" -> state(lines, id, line, "IN_PROGRESS");
            case "SettlementProposed" -> state(lines, id, line, "SETTLEMENT_PROPOSED");
            case "SettlementAccepted" -> state(lines, id, line, "SETTLED");
            case "SettlementNotAccepted" -> state(lines, id, line, "IN_PROGRESS");
            case "DeadlineExtended" -> {
                if (line != null) {
                    lines.put(id, new Line(line.text(), event.get("to").asString(), line.state()));
                }
            }
            default -> { } // reminders, overdue and escalation marks, questions: not lines of this list
        }
    }

    private static void state(Map<String, Line> lines, String id, Line line, String state) {
        if (line != null) {
            lines.put(id, new Line(line.text(), line.deadline(), state));
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
