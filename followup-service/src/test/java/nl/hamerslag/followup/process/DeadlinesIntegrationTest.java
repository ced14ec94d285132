package nl.hamerslag.followup.process;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.meeting.CommitmentMade;
import nl.hamerslag.followup.support.FollowUpApi;
import nl.hamerslag.followup.support.FollowupIntegrationTest;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static nl.hamerslag.followup.support.FollowUpApi.bearer;
import static nl.hamerslag.followup.support.FollowUpApi.itemId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines with time moved instead of waited for: the reminder 14 days before, overdue when the
 * deadline day is over, escalation to the portfolio holder 7 days later; each once; an extension
 * starts them over. The clock only moves forward, so each test takes its deadline from the clock.
 */
@FollowupIntegrationTest
class DeadlinesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    MovableClock clock;
    @Autowired
    DeadlineWatch watch;
    @Autowired
    JdbcTemplate jdbc;

    private FollowUpApi api;

    @BeforeEach
    void setUp() {
        api = new FollowUpApi(port, kafka);
    }

    @Test
    void anUnsettledItemIsRemindedThenOverdueThenEscalatedEachOnce() {
        String item = commitmentDueIn(20);
        watch.actOnDue();
        assertThat(view(item).get("reminded").asBoolean()).as("20 days before: nothing yet").isFalse();

        clock.advance(Duration.ofDays(7));
        watch.actOnDue();
        watch.actOnDue();
        JsonNode reminded = view(item);
        assertThat(reminded.get("reminded").asBoolean()).as("13 days before: the reminder").isTrue();
        assertThat(reminded.get("overdue").asBoolean()).isFalse();
        assertThat(events(item, "FollowUpReminderSent")).as("once").isEqualTo(1);

        clock.advance(Duration.ofDays(14));
        watch.actOnDue();
        assertThat(view(item).get("overdue").asBoolean()).as("the deadline day is over").isTrue();
        assertThat(view(item).get("escalated").asBoolean()).isFalse();
        String clerk = bearer(Role.CLERK);
        assertThat(api.get("/api/followup/items?overdue=true&kind=COMMITMENT", clerk).body()).contains(item);
        assertThat(api.get("/api/followup/lists/commitments", clerk, "Accept", "text/html").body())
                .contains("status-overdue", "te laat");

        clock.advance(Duration.ofDays(7));
        watch.actOnDue();
        assertThat(view(item).get("escalated").asBoolean()).as("after the grace period").isTrue();
        assertThat(events(item, "FollowUpOverdue")).isEqualTo(1);
        assertThat(events(item, "FollowUpEscalated")).isEqualTo(1);
    }

    @Test
    void anExtendedDeadlineStartsOverAndASettledItemIsNeverOverdue() {
        String extended = commitmentDueIn(3);
        String settled = commitmentDueIn(3);
        String clerk = bearer(Role.CLERK);
        LocalDate later = LocalDate.parse(view(extended).get("deadline").asString()).plusDays(30);
        ApiResponse extension = api.post("/api/followup/items/" + extended + "/deadline",
                "{\"deadline\":\"" + later + "\",\"reason\":\"De raad krijgt eerst het advies van de rekenkamer\"}", clerk);
        assertThat(extension.status()).as(extension.body()).isEqualTo(200);
        assertThat(api.upload("/api/followup/items/" + settled + "/settlement", "brief.pdf", FollowUpApi.PDF,
                bearer(Role.SECRETARIAT)).status()).isEqualTo(200);
        assertThat(api.post("/api/followup/items/" + settled + "/settlement/accept", null, clerk).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(5));
        watch.actOnDue();

        assertThat(view(extended).get("overdue").asBoolean()).as("its new deadline is a month away").isFalse();
        assertThat(view(extended).get("reminded").asBoolean()).as("nor is its new reminder due").isFalse();
        assertThat(view(settled).get("overdue").asBoolean()).isFalse();
        assertThat(events(settled, "FollowUpOverdue")).isZero();
    }

    @Test
    void dueThisMonthListsTheUnsettledItemsWhoseDeadlineFallsInTheCurrentMonth() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        String thisMonth = commitmentDueOn(today.withDayOfMonth(today.lengthOfMonth()));
        String nextMonth = commitmentDueOn(today.withDayOfMonth(1).plusMonths(1).plusDays(3));
        String body = api.get("/api/followup/items?dueThisMonth=true", bearer(Role.CLERK)).body();
        assertThat(body).contains(thisMonth).doesNotContain(nextMonth);
    }

    private String commitmentDueIn(int days) {
        return commitmentDueOn(LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).plusDays(days));
    }

    private String commitmentDueOn(LocalDate deadline) {
        String commitmentId = "commitment-" + UUID.randomUUID();
        api.publish(Topics.MEETING, new CommitmentMade("meeting-" + UUID.randomUUID(), commitmentId, null, null,
                "De wethouder komt erop terug", "member-wim", "wim.wethouder", "de raad", deadline));
        String item = itemId("commitment", commitmentId);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/followup/items/" + item, bearer(Role.CLERK)).status() == 200);
        return item;
    }

    private JsonNode view(String item) {
        return api.get("/api/followup/items/" + item, bearer(Role.CLERK)).json();
    }

    private long events(String item, String type) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like ?", Long.class, item, "%." + type);
    }
}
