package nl.hamerslag.platform.consumer;

import nl.hamerslag.platform.problem.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class TransientFailuresTest {

    @Test
    void aDatabaseThatIsAwayIsTransientHoweverDeepTheCause() {
        var connection = new SQLException("Connection to localhost:5432 refused", "08001");
        var wrapped = new ListenerExecutionFailedException("listener failed",
                new CommandExecutionException("command failed", new IllegalStateException("jpa", connection)));

        assertThat(TransientFailures.isTransient(wrapped)).isTrue();
        assertThat(TransientFailures.isTransient(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("terminating connection", "57P01"))).isTrue();
    }

    @Test
    void aRefusalOrUnreadableRecordIsNotTransient() {
        RuleViolation refused = new RuleViolation(RuleViolation.Kind.CONFLICT, "route closed") { };

        assertThat(TransientFailures.isTransient(new ListenerExecutionFailedException("failed", refused))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("no eventId header"))).isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
    }
}
