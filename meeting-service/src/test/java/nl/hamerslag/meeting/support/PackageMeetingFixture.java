package nl.hamerslag.meeting.support;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.AgendaPublished;
import nl.hamerslag.meeting.command.PlanMeeting;
import nl.hamerslag.platform.identity.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * Meetings with a published agenda for the package tests: planned through the Meeting aggregate,
 * then agenda and decision events appended to the meeting's own stream, as the Meeting aggregate
 * will apply them once it publishes agendas and records decisions. Switch to those commands then.
 */
@Component
public class PackageMeetingFixture {

    public static final LocalDate DATE = LocalDate.of(2026, 12, 8);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Caller BAS = Caller.of("bas.bestuurssecretariaat", "Bas Bestuurssecretariaat",
            Set.of(Role.SECRETARIAT), "Bestuurszaken");
    private static final Caller GREET = Caller.of("greet.griffier", "Greet Griffier", Set.of(Role.CLERK), "Griffie");

    private final CommandGateway commands;
    private final EventStore events;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final ConcurrentHashMap<String, AtomicLong> sequences = new ConcurrentHashMap<>();

    public PackageMeetingFixture(CommandGateway commands, EventStore events, PlatformTransactionManager transactionManager,
                                 JdbcTemplate jdbc) {
        this.commands = commands;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
    }

    public void plan(String meetingId, DecidingBody body) {
        commands.sendAndWait(new PlanMeeting(meetingId, body.name().toLowerCase(), body, "Vergadering van " + body, DATE,
                LocalTime.of(10, 0), "Kamer van de burgemeester", true, List.of(), body == DecidingBody.COLLEGE ? BAS : GREET));
        sequences.put(meetingId, new AtomicLong(2)); // MeetingPlanned and MeetingComposed
        await().atMost(PATIENCE).until(() -> count("select count(*) from package_meeting where meeting_id = ? "
                + "and body_name is not null", meetingId) == 1);
    }

    /** Plans the meeting and publishes its agenda; returns once the package knows the agenda. */
    public void planAndPublish(String meetingId, DecidingBody body, List<AgendaEntry> agenda) {
        plan(meetingId, body);
        append(meetingId, new AgendaPublished(meetingId, body, DATE, agenda));
        await().atMost(PATIENCE).until(() -> count("select count(*) from package_meeting where meeting_id = ? "
                + "and agenda is not null", meetingId) == 1);
    }

    /** Appends {@code payload} to the meeting's stream, next in its sequence. */
    public void append(String meetingId, Object payload) {
        long next = sequences.get(meetingId).getAndIncrement();
        transaction.executeWithoutResult(status ->
                events.publish(new GenericDomainEventMessage<>("Meeting", meetingId, next, payload)));
    }

    public long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }
}
