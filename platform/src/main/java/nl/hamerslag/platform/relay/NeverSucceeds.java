package nl.hamerslag.platform.relay;

import nl.hamerslag.platform.failure.CauseChain;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnknownServerException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/** Whether the broker or the producer refused a send in a way that repeating it cannot change. */
final class NeverSucceeds {

    private NeverSucceeds() {
    }

    static boolean refused(Throwable failure) {
        return CauseChain.anyMatch(failure, cause -> cause instanceof RecordTooLargeException
                || cause instanceof RecordBatchTooLargeException
                || cause instanceof InvalidTopicException
                || cause instanceof SerializationException
                || cause instanceof AuthorizationException
                || cause instanceof AuthenticationException
                || cause instanceof UnsupportedVersionException
                || cause instanceof UnknownServerException);
    }
}
