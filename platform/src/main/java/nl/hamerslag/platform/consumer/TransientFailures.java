package nl.hamerslag.platform.consumer;

import nl.hamerslag.platform.documents.DocumentUnavailable;
import nl.hamerslag.platform.failure.CauseChain;
import org.apache.kafka.common.errors.RetriableException;
import org.axonframework.common.AxonTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Whether a failure passes by itself (the database or the broker is away, a lock conflict): then the
 * record is tried again, however long it takes. Everything else would fail the same way every time.
 * The whole cause chain counts, because the listener, Axon and JPA each wrap the real cause.
 */
public final class TransientFailures {

    /** SQLSTATE classes of failures that pass: connection (08), resources (53), operator intervention (57). */
    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "53", "57");
    /** serialization failure, deadlock: the transaction may simply be tried again */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40001", "40P01");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        return CauseChain.anyMatch(failure, cause -> cause instanceof TransientDataAccessException
                || cause instanceof RecoverableDataAccessException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof CannotCreateTransactionException
                || cause instanceof SQLTransientException
                || cause instanceof SQLRecoverableException
                || cause instanceof RetriableException
                || cause instanceof AxonTransientException
                || cause instanceof ConnectException
                || cause instanceof SocketException
                || cause instanceof DocumentUnavailable unavailable && unavailable.isTransient()
                || cause instanceof SQLException sql && transientState(sql.getSQLState()));
    }

    private static boolean transientState(String state) {
        return state != null && state.length() == 5
                && (TRANSIENT_SQL_STATES.contains(state) || TRANSIENT_SQL_STATE_CLASSES.contains(state.substring(0, 2)));
    }
}
