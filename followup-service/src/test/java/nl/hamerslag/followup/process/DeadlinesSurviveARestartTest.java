package nl.hamerslag.followup.process;

import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.followup.FollowUpKind;
import nl.hamerslag.followup.FollowupApplication;
import nl.hamerslag.followup.command.OpenFollowUpItem;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.test.TestDatabase;
import nl.hamerslag.test.TestTokens;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines are rows in PostgreSQL, not timers in memory (docs/decisions/0031): an item whose
 * deadline passed while the service was down goes overdue in the next run. The first run's watch
 * never looks (its interval is an hour), so it is closed with the deadline rows still waiting.
 */
@EmbeddedKafka(partitions = Topics.PARTITIONS,
        topics = {Topics.DRAFTING, Topics.APPROVAL, Topics.MEETING, Topics.PUBLICATION, Topics.FOLLOWUP})
class DeadlinesSurviveARestartTest {

    @Test
    void aDeadlineThatPassedWhileTheServiceWasDownGoesOverdueInTheNextRun(EmbeddedKafkaBroker broker) throws SQLException {
        TestDatabase database = TestDatabase.get();
        String url = database.createDatabase("followup_restart");
        String itemId = UUID.randomUUID().toString();

        try (ConfigurableApplicationContext firstRun = start(url, database, broker, "PT1H")) {
            firstRun.getBean(CommandGateway.class).sendAndWait(new OpenFollowUpItem(itemId, FollowUpKind.COMMITMENT,
                    "meeting-1", null, "commitment-1", null, null, "De wethouder komt erop terug", "wim.wethouder", null,
                    LocalDate.now().minusDays(2), Caller.system("followup")));
        }

        assertThat(count(url, database, "select count(*) from followup_deadline where item_id = ? and done_for is null",
                itemId)).as("reminder, overdue and escalation wait in the database").isEqualTo(3);
        assertThat(overdue(url, database, itemId)).as("nobody looked in the first run").isZero();

        try (ConfigurableApplicationContext secondRun = start(url, database, broker, "PT0.5S")) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> overdue(url, database, itemId) == 1);
            assertThat(secondRun.isActive()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(String url, TestDatabase database, EmbeddedKafkaBroker broker,
                                                        String watchInterval) {
        // arguments, not default properties: they must win over application.yml
        return new SpringApplicationBuilder(FollowupApplication.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--hamerslag.data-dir=" + TestTokens.dataDir(),
                "--server.port=0",
                "--hamerslag.followup.watch-interval=" + watchInterval);
    }

    private static long overdue(String url, TestDatabase database, String itemId) throws SQLException {
        return count(url, database, "select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%.FollowUpOverdue'", itemId);
    }

    private static long count(String url, TestDatabase database, String sql, String... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, database.user(), database.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
