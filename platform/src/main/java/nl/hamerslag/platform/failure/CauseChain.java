package nl.hamerslag.platform.failure;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A failure's causes, outermost first. Whether a failure passes by itself, or can never succeed, is
 * decided by what is inside: the listener, Axon, JPA and Kafka's template each wrap the real cause.
 */
public final class CauseChain {

    private CauseChain() {
    }

    public static boolean anyMatch(Throwable failure, Predicate<Throwable> test) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /** "SimpleName: message" of the innermost cause: what a person has to fix. */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        while (root.getCause() != null && seen.put(root, true) == null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
