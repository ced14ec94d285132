package nl.hamerslag.followup.process;

import nl.hamerslag.followup.command.Escalate;
import nl.hamerslag.followup.command.MarkOverdue;
import nl.hamerslag.followup.command.SendReminder;
import nl.hamerslag.followup.config.DeadlineMoments.Step;
import nl.hamerslag.platform.identity.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Acts on the deadline rows whose moment has come by the service's {@link Clock} (docs/decisions/0031):
 * sends the reminder, marks the item overdue, escalates it. Each row is taken with "for update skip
 * locked" and marked done in the transaction of the command it sends, so two instances never both
 * act on it, a failed command leaves it for the next round, and a restart loses nothing.
 */
@Component
public class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    private static final Caller SYSTEM = Caller.system("followup");
    private static final int BATCH = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final CommandGateway commands;
    private final Clock clock;

    DeadlineWatch(JdbcTemplate jdbc, TransactionTemplate transaction, CommandGateway commands, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hamerslag.followup.watch-interval:10s}", initialDelayString = "${hamerslag.followup.watch-interval:10s}")
    void scheduled() {
        try {
            actOnDue();
        } catch (RuntimeException e) {
            log.warn("The deadline watch could not act on due deadlines; it tries again next round: {}", e.toString());
        }
    }

    /** Acts on every deadline row due now; returns how many it acted on. */
    public int actOnDue() {
        int acted = 0;
        while (true) {
            Integer batch = transaction.execute(status -> {
                List<Due> due = jdbc.query("""
                        select item_id, step, deadline from followup_deadline
                        where done_for is null and due_at <= ? order by due_at limit ? for update skip locked""",
                        (rs, n) -> new Due(rs.getString(1), Step.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class)),
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
        jdbc.update("update followup_deadline set done_for = deadline where item_id = ? and step = ?", due.itemId(),
                due.step().name());
        commands.sendAndWait(switch (due.step()) {
            case REMINDER -> new SendReminder(due.itemId(), due.deadline(), SYSTEM);
            case OVERDUE -> new MarkOverdue(due.itemId(), due.deadline(), SYSTEM);
            case ESCALATION -> new Escalate(due.itemId(), due.deadline(), SYSTEM);
        });
    }

    private record Due(String itemId, Step step, LocalDate deadline) {
    }
}
