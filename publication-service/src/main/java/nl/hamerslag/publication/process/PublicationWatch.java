package nl.hamerslag.publication.process;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.publication.command.PublishDue;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Publishes the scheduled and embargoed publications whose moment has come by the service's
 * {@link Clock} (docs/decisions/0031, the way follow-up watches its deadlines): each due row is taken
 * with "for update skip locked" and marked done in the transaction of the command it sends, so two
 * instances never both act on it, a failed command leaves it for the next round, and a restart loses
 * nothing: the moments are rows in PostgreSQL, not timers in memory.
 */
@Component
public class PublicationWatch {

    private static final Logger log = LoggerFactory.getLogger(PublicationWatch.class);
    private static final Caller SYSTEM = Caller.system("publication");
    private static final int BATCH = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final CommandGateway commands;
    private final Clock clock;

    PublicationWatch(JdbcTemplate jdbc, TransactionTemplate transaction, CommandGateway commands, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hamerslag.publication.watch-interval:10s}",
            initialDelayString = "${hamerslag.publication.watch-interval:10s}")
    void scheduled() {
        try {
            actOnDue();
        } catch (RuntimeException e) {
            log.warn("The publication watch could not publish what is due; it tries again next round: {}", e.toString());
        }
    }

    /** Publishes every publication whose moment has come; returns how many it acted on. */
    public int actOnDue() {
        int acted = 0;
        while (true) {
            Integer batch = transaction.execute(status -> {
                List<Due> due = jdbc.query("""
                        select publication_id, due_at from publication_moment
                        where not done and due_at <= ? order by due_at limit ? for update skip locked""",
                        (rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()),
                        Timestamp.from(clock.instant()), BATCH);
                due.forEach(this::act);
                return due.size();
            });
            acted += batch == null ? 0 : batch;
            if (batch == null || batch < BATCH) {
                return acted;
            }
        }
    }

    private void act(Due due) {
        jdbc.update("update publication_moment set done = true where publication_id = ?", due.publicationId());
        commands.sendAndWait(new PublishDue(due.publicationId().toString(), due.at(), SYSTEM));
    }

    private record Due(UUID publicationId, Instant at) {
    }
}
