package nl.hamerslag.platform.consumer;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.platform.documents.DocumentHashMismatch;
import nl.hamerslag.platform.documents.DocumentUnavailable;
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

    @Test
    void aDocumentOwnerThatIsAwayIsTransientOneWithoutTheDocumentIsNot() {
        ContentHash sha256 = ContentHash.sha256("x");
        var away = new DocumentUnavailable(ServiceCatalog.DRAFTING, sha256, DocumentUnavailable.Kind.TRANSIENT, "503", null);
        var missing = new DocumentUnavailable(ServiceCatalog.DRAFTING, sha256, DocumentUnavailable.Kind.NOT_FOUND, "404", null);

        assertThat(TransientFailures.isTransient(new ListenerExecutionFailedException("failed",
                new CommandExecutionException("command failed", away)))).isTrue();
        assertThat(TransientFailures.isTransient(new ListenerExecutionFailedException("failed", missing))).isFalse();
        assertThat(TransientFailures.isTransient(new DocumentHashMismatch(ServiceCatalog.DRAFTING, sha256,
                ContentHash.sha256("y")))).isFalse();
    }
}
