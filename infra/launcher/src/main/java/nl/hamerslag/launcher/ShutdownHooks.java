package nl.hamerslag.launcher;

/** Runs {@code close()} at JVM exit unless it was called before; the hook is dropped again on a normal close. */
final class ShutdownHooks {

    private ShutdownHooks() {
    }

    static Thread register(String name, Runnable close) {
        Thread hook = new Thread(close, name);
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    static void unregister(Thread hook) {
        if (hook == null || Thread.currentThread() == hook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook runs (or ran) anyway
        }
    }
}
