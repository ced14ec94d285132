package nl.hamerslag.publication.process;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.contracts.publication.PublicationSource;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.publication.PublicationApplication;
import nl.hamerslag.publication.command.CandidateContent;
import nl.hamerslag.publication.command.PublicationMode;
import nl.hamerslag.publication.command.RegisterCandidate;
import nl.hamerslag.publication.command.SchedulePublication;
import nl.hamerslag.test.MovableClock;
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
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Publication moments are rows in PostgreSQL, not timers in memory (docs/decisions/0031): a publication
 * scheduled in one run, whose moment passes while the service is down, goes public in the next run.
 * The first run's watch never looks (its interval is an hour), so it is closed with the moment waiting;
 * the second run's clock is an hour later.
 */
@EmbeddedKafka(partitions = Topics.PARTITIONS,
        topics = {Topics.DRAFTING, Topics.APPROVAL, Topics.MEETING, Topics.PUBLICATION, Topics.FOLLOWUP})
class ScheduleSurvivesARestartTest {

    @Test
    void aPublicationWhoseMomentPassedWhileTheServiceWasDownIsPublishedInTheNextRun(EmbeddedKafkaBroker broker)
            throws SQLException {
        TestDatabase database = TestDatabase.get();
        String url = database.createDatabase("publication_restart");
        String id = UUID.randomUUID().toString();

        try (ConfigurableApplicationContext firstRun = start(url, database, broker, "PT1H")) {
            CommandGateway commands = firstRun.getBean(CommandGateway.class);
            commands.sendAndWait(new RegisterCandidate(id, new CandidateContent(PublicationKind.AGENDA,
                    new PublicationSource("meeting-restart", null, null, null), DecidingBody.COUNCIL, LocalDate.now(),
                    "Agenda gemeenteraad", "1. Opening", Confidentiality.OPENBAAR,
                    "https://identifier.overheid.nl/tooi/def/thes/kern/c_db4862c3",
                    "https://identifier.overheid.nl/tooi/id/gemeente/gm0344", List.of()), PublicationMode.EDITOR,
                    Caller.system("publication")));
            Clock clock = firstRun.getBean(MovableClock.class);
            commands.sendAndWait(new SchedulePublication(id, clock.instant().plus(Duration.ofMinutes(30)),
                    Caller.of("eva.eindredacteur", "Eva", Set.of(Role.FINAL_EDITOR), "Communicatie")));
        }

        assertThat(count(url, database, "select count(*) from publication_moment where publication_id = ?::uuid and not done",
                id)).as("the moment waits in the database").isEqualTo(1);
        assertThat(count(url, database, "select count(*) from public_publication where publication_id = ?::uuid", id))
                .as("nobody looked in the first run").isZero();

        try (ConfigurableApplicationContext secondRun = start(url, database, broker, "PT0.5S")) {
            // the service was down for an hour: its (movable) clock says so
            secondRun.getBean(MovableClock.class).advance(Duration.ofHours(1));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                    count(url, database, "select count(*) from public_publication where publication_id = ?::uuid", id) == 1);
            assertThat(secondRun.isActive()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(String url, TestDatabase database, EmbeddedKafkaBroker broker,
                                                        String watchInterval) {
        // arguments, not default properties: they must win over application.yml
        return new SpringApplicationBuilder(PublicationApplication.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--hamerslag.data-dir=" + TestTokens.dataDir(),
                "--server.port=0",
                "--hamerslag.publication.watch-interval=" + watchInterval);
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
