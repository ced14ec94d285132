package nl.hamerslag.platform.messaging;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The origin of the work the current thread does outside an HTTP request, e.g. while a Kafka
 * consumer acts on another service's event. Commands dispatched inside {@link #runAs} carry it.
 */
public final class OriginContext {

    private static final ThreadLocal<Origin> CURRENT = new ThreadLocal<>();

    private OriginContext() {
    }

    public static <T> T runAs(Origin origin, Supplier<T> work) {
        Origin outer = CURRENT.get();
        CURRENT.set(origin);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    public static Optional<Origin> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
