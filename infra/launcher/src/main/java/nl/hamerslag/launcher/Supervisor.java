package nl.hamerslag.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Watches the child processes once everything is up: a child that exits while the launcher is not
 * stopping is reported (name, exit code, the end of its log) and restarted after a {@link Backoff};
 * one that keeps dying is left down with a message that says so. Every change goes to a listener
 * (the status file). {@link #stop()} comes first at shutdown, so the deaths that follow are not
 * mistaken for crashes.
 */
final class Supervisor implements AutoCloseable {

    /** Lines of a dead component's log that the report shows. */
    static final int TAIL_LINES = 20;

    private final Backoff backoff;
    private final PrintStream report;
    private final Consumer<List<ComponentStatus>> onChange;
    private final Clock clock;
    private final Map<String, Watched> watched = new LinkedHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hamerslag-supervisor");
        t.setDaemon(true);
        return t;
    });
    private boolean stopping;

    Supervisor(Backoff backoff, PrintStream report, Consumer<List<ComponentStatus>> onChange, Clock clock) {
        this.backoff = backoff;
        this.report = report;
        this.onChange = onChange;
        this.clock = clock;
    }

    /** Watches a started child; {@code restart} starts it again (appending to its log) and may block until it is ready. */
    synchronized void watch(String name, String url, Path logFile, Process process, Supplier<Process> restart) {
        Watched w = new Watched(name, url, logFile, restart);
        watched.put(name, w);
        running(w, process);
        changed();
    }

    /** The current process of each component that has one. */
    synchronized Map<String, ChildProcesses.NamedProcess> current() {
        Map<String, ChildProcesses.NamedProcess> result = new LinkedHashMap<>();
        watched.values().stream().filter(w -> w.process != null)
                .forEach(w -> result.put(w.name, new ChildProcesses.NamedProcess(w.name, w.process, w.logFile)));
        return result;
    }

    synchronized List<ComponentStatus> snapshot() {
        List<ComponentStatus> result = new ArrayList<>();
        for (Watched w : watched.values()) {
            long pid = w.process != null && w.process.isAlive() ? w.process.pid() : 0;
            result.add(new ComponentStatus(w.name, w.state, pid, w.url, w.restarts, w.lastExit, w.logFile.toString()));
        }
        return result;
    }

    /** From now on an exit is expected: nothing is restarted any more, and pending restarts are cancelled. */
    synchronized void stop() {
        stopping = true;
        timer.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }

    private void running(Watched w, Process process) {
        w.process = process;
        w.startedAt = clock.instant();
        w.state = ComponentStatus.RUNNING;
        process.onExit().thenAccept(p -> exited(w, p));
    }

    private synchronized void exited(Watched w, Process process) {
        if (process != w.process) {
            return;
        }
        w.lastExit = process.exitValue();
        if (stopping || JvmShutdown.inProgress()) {
            w.state = ComponentStatus.STOPPED;
            changed();
            return;
        }
        Duration uptime = Duration.between(w.startedAt, clock.instant());
        report.println("hamerslag: " + w.name + " exited with code " + process.exitValue() + " after "
                + uptime.toSeconds() + " s; the end of " + w.logFile + ":\n" + ChildProcesses.tail(w.logFile, TAIL_LINES));
        failed(w, uptime);
    }

    private void failed(Watched w, Duration uptime) {
        w.quickFailures = backoff.isQuick(uptime) ? w.quickFailures + 1 : 1;
        if (backoff.givesUp(w.quickFailures)) {
            w.state = ComponentStatus.DOWN;
            report.println("hamerslag: " + w.name + " died " + w.quickFailures + " times in a row within "
                    + backoff.stableAfter().toSeconds() + " s of starting; giving up on it (everything else keeps"
                    + " running). Fix the cause (see " + w.logFile + "), then stop and start ./hamerslag up again.");
        } else {
            Duration delay = backoff.delay(w.quickFailures);
            w.state = ComponentStatus.RESTARTING;
            report.println("hamerslag: restarting " + w.name + " in " + delay.toMillis() / 1000.0 + " s (restart "
                    + (w.restarts + 1) + ")");
            timer.schedule(() -> restart(w), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
        report.flush();
        changed();
    }

    /** Runs on the timer thread, without the lock while the component starts: it may take a while. */
    private void restart(Watched w) {
        synchronized (this) {
            if (stopping) {
                return;
            }
        }
        Instant start = clock.instant();
        Process process;
        try {
            EmbeddedKafka.appendLine(w.logFile, "=== " + start + " restarted by the launcher");
            process = w.restart.get();
        } catch (RuntimeException e) {
            synchronized (this) {
                if (!stopping) {
                    report.println("hamerslag: " + w.name + " did not start again: " + e.getMessage());
                    w.restarts++;
                    failed(w, Duration.between(start, clock.instant()));
                }
            }
            return;
        }
        synchronized (this) {
            w.restarts++;
            if (stopping) {
                // the shutdown began while it started: it is no longer in the list the shutdown stops
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                return;
            }
            running(w, process);
            changed();
        }
    }

    private void changed() {
        onChange.accept(snapshot());
    }

    private static final class Watched {
        final String name;
        final String url;
        final Path logFile;
        final Supplier<Process> restart;
        Process process;
        Instant startedAt;
        String state;
        int restarts;
        int quickFailures;
        Integer lastExit;

        Watched(String name, String url, Path logFile, Supplier<Process> restart) {
            this.name = name;
            this.url = url;
            this.logFile = logFile;
            this.restart = restart;
        }
    }
}
