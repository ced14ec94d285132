package nl.hamerslag.platform.parking;

import org.springframework.kafka.listener.ListenerExecutionFailedException;

/** The error text kept with a parked record: the innermost useful cause, not the listener's wrapper. */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ListenerExecutionFailedException || cause.getMessage() == null)
                && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getName() + ": " + cause.getMessage();
    }
}
