package nl.hamerslag.launcher;

/**
 * Whether this JVM is exiting. Ctrl-C reaches the children too (one process group), so a child may
 * die of it before the launcher's shutdown hook has told the supervisor: that death is no crash.
 */
final class JvmShutdown {

    private JvmShutdown() {
    }

    static boolean inProgress() {
        Thread probe = new Thread(() -> { });
        try {
            // the JDK offers no query; registering a hook is refused once the shutdown has begun
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
    }
}
