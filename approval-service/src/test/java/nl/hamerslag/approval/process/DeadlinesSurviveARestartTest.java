package nl.hamerslag.approval.process;

import nl.hamerslag.approval.ApprovalApplication;
import nl.hamerslag.approval.command.OpenRoute;
import nl.hamerslag.approval.command.Submission;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Topics;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines are rows in PostgreSQL, not timers in memory: a reminder scheduled by one run of the
 * service fires in the next run on the same database. The step's term is a fixed 10 seconds here
 * (hamerslag.approval.deadlines.due-after), so the first run is closed before it ends.
 */
@EmbeddedKafka(partitions = Topics.PARTITIONS,
        topics = {Topics.DRAFTING, Topics.APPROVAL, Topics.MEETING, Topics.PUBLICATION, Topics.FOLLOWUP})
class DeadlinesSurviveARestartTest {

    private static final Duration TERM = Duration.ofSeconds(10);

    @Test
    void aReminderScheduledBeforeARestartIsSentAfterIt(EmbeddedKafkaBroker broker) throws SQLException {
        TestDatabase database = TestDatabase.get();
        String url = database.createDatabase("approval_restart");
        ProposalId proposalId = ProposalId.newId();
        OpenRoute open = OpenRoute.forSubmission(UUID.randomUUID().toString(), proposalId,
                ContentHash.sha256("restart " + proposalId),
                new Submission(ProposalType.MEMO, DecidingBody.COLLEGE, false, false, "Ruimte", "anna.steller",
                Confidentiality.OPENBAAR));

        try (ConfigurableApplicationContext firstRun = start(url, database, broker)) {
            firstRun.getBean(CommandGateway.class).sendAndWait(open);
        }

        assertThat(count(url, database, "select count(*) from scheduled_tasks where execution_time > now()"))
                .as("the reminder and the escalation wait in the database").isEqualTo(2);
        assertThat(reminders(url, database, open.routeId())).as("no reminder before the term ends").isZero();

        try (ConfigurableApplicationContext secondRun = start(url, database, broker)) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .until(() -> reminders(url, database, open.routeId()) == 1);
            assertThat(secondRun.isActive()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(String url, TestDatabase database, EmbeddedKafkaBroker broker) {
        // arguments, not default properties: they must win over application.yml
        return new SpringApplicationBuilder(ApprovalApplication.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--hamerslag.data-dir=" + TestTokens.dataDir(),
                "--server.port=0",
                "--hamerslag.approval.deadlines.due-after=" + TERM,
                "--hamerslag.approval.deadlines.grace-after=PT1H",
                "--hamerslag.approval.deadlines.polling-interval=PT0.5S");
    }

    private static long reminders(String url, TestDatabase database, String routeId) throws SQLException {
        return count(url, database, "select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%StepReminderSent'", routeId);
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
