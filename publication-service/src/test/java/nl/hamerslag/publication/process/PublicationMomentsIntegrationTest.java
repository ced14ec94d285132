package nl.hamerslag.publication.process;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.contracts.publication.PublicationSource;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.publication.command.CandidateContent;
import nl.hamerslag.publication.command.PlaceEmbargo;
import nl.hamerslag.publication.command.PublicationMode;
import nl.hamerslag.publication.command.RegisterCandidate;
import nl.hamerslag.publication.command.SchedulePublication;
import nl.hamerslag.publication.support.PublicationIntegrationTest;
import nl.hamerslag.test.MovableClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Scheduled and embargoed publications go public when the clock passes their moment, not before. */
@PublicationIntegrationTest
class PublicationMomentsIntegrationTest {

    static final Caller EDITOR = Caller.of("eva.eindredacteur", "Eva", Set.of(Role.FINAL_EDITOR), "Communicatie")
            .actingAs(Role.FINAL_EDITOR);

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    PublicationWatch watch;

    String candidate() {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterCandidate(id, new CandidateContent(PublicationKind.AGENDA,
                new PublicationSource("meeting-" + id, null, null, null), DecidingBody.COUNCIL, LocalDate.now(),
                "Agenda " + id, "1. Opening", Confidentiality.OPENBAAR,
                "https://identifier.overheid.nl/tooi/def/thes/kern/c_db4862c3",
                "https://identifier.overheid.nl/tooi/id/gemeente/gm0344", List.of()), PublicationMode.EDITOR,
                Caller.system("publication")));
        return id;
    }

    long publicRows(String id) {
        return jdbc.queryForObject("select count(*) from public_publication where publication_id = ?::uuid", Long.class, id);
    }

    @Test
    void aScheduledPublicationGoesPublicWhenItsMomentHasComeAndNotBefore() {
        String id = candidate();
        commands.sendAndWait(new SchedulePublication(id, clock.instant().plus(Duration.ofHours(2)), EDITOR));

        watch.actOnDue();
        assertThat(publicRows(id)).isZero();

        clock.advance(Duration.ofHours(2).plusSeconds(1));
        watch.actOnDue();
        assertThat(publicRows(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select done from publication_moment where publication_id = ?::uuid", Boolean.class, id))
                .isTrue();
    }

    @Test
    void anEmbargoedPublicationGoesPublicWhenTheEmbargoEnds() {
        String id = candidate();
        commands.sendAndWait(new PlaceEmbargo(id, clock.instant().plus(Duration.ofDays(1)), EDITOR));

        clock.advance(Duration.ofHours(23));
        watch.actOnDue();
        assertThat(publicRows(id)).isZero();

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        watch.actOnDue();
        assertThat(publicRows(id)).isEqualTo(1);
    }

    @Test
    void aMovedMomentPublishesAtTheNewOneOnly() {
        String id = candidate();
        commands.sendAndWait(new SchedulePublication(id, clock.instant().plus(Duration.ofHours(1)), EDITOR));
        commands.sendAndWait(new SchedulePublication(id, clock.instant().plus(Duration.ofHours(5)), EDITOR));

        clock.advance(Duration.ofHours(2));
        watch.actOnDue();
        assertThat(publicRows(id)).isZero();

        clock.advance(Duration.ofHours(3).plusSeconds(1));
        watch.actOnDue();
        assertThat(publicRows(id)).isEqualTo(1);
    }
}
