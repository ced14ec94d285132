package nl.hamerslag.platform.observability;

import nl.hamerslag.platform.problem.RuleViolation;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.security.access.AccessDeniedException;

/**
 * How a command ended, as the meter {@code hamerslag.commands} tags it. A refusal is what the caller
 * gets a 4xx for (a business rule, a stale version, no such aggregate, not allowed); a failure is
 * everything else, the 5xx an operator must look at.
 */
enum CommandOutcome {
    HANDLED, REFUSED, FAILED;

    static CommandOutcome of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RuleViolation || cause instanceof ConcurrencyException
                    || cause instanceof AggregateStreamCreationException || cause instanceof AggregateNotFoundException
                    || cause instanceof AccessDeniedException) {
                return REFUSED;
            }
        }
        return FAILED;
    }

    String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
