package nl.hamerslag.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The supervisor with small fake children ({@code sh -c ...}) in place of the services. */
class SupervisorTest {

    /** Milliseconds instead of seconds, so the tests do not wait for the real back-off. */
    private static final Backoff FAST = new Backoff(Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofMinutes(10), 3);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream reported = new ByteArrayOutputStream();
    private final List<List<ComponentStatus>> changes = new ArrayList<>();
    private final List<Process> started = new ArrayList<>();
    private ChildProcesses children;
    private Supervisor supervisor;

    private Supervisor supervisor(Backoff backoff) {
        children = new ChildProcesses(dir.resolve("run"));
        supervisor = new Supervisor(backoff, new PrintStream(reported, true, StandardCharsets.UTF_8),
                s -> {
                    synchronized (changes) {
                        changes.add(s);
                    }
                }, Clock.systemUTC());
        return supervisor;
    }

    private Process sh(String script, boolean append) {
        Process p = children.start("drafting-service", List.of("sh", "-c", script), log(), append);
        started.add(p);
        return p;
    }

    private Path log() {
        return dir.resolve("logs/drafting-service.log");
    }

    private String report() {
        return reported.toString(StandardCharsets.UTF_8);
    }

    private ComponentStatus status() {
        return supervisor.snapshot().get(0);
    }

    @AfterEach
    void stopEverything() {
        if (supervisor != null) {
            supervisor.stop();
        }
        started.forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
        if (children != null) {
            children.close();
        }
    }

    @Test
    void aComponentThatDiesIsReportedWithItsExitCodeAndTheEndOfItsLogThenRestarted() throws Exception {
        Supervisor s = supervisor(FAST);
        Process first = sh("echo starting; read line; echo 'Caused by: no database'; exit 3", false);
        s.watch("drafting-service", "http://localhost:8081", log(), first, () -> sh("echo again; exec sleep 600", true));
        assertThat(status().state()).isEqualTo(ComponentStatus.RUNNING);

        first.getOutputStream().close(); // ends `read`: the fake service dies now, after it was watched

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(status().restarts()).isEqualTo(1);
            assertThat(status().state()).isEqualTo(ComponentStatus.RUNNING);
        });
        assertThat(report()).contains("hamerslag: drafting-service exited with code 3", "Caused by: no database",
                log().toString(), "restarting drafting-service in");
        assertThat(status().lastExit()).isEqualTo(3);
        assertThat(status().pid()).isEqualTo(started.get(1).pid());
        assertThat(log()).content().as("the log of the crash is kept").contains("Caused by: no database", "again");
    }

    @Test
    void aComponentThatKeepsDyingQuicklyIsGivenUpAfterTheLastAllowedRestart() {
        Supervisor s = supervisor(FAST);
        AtomicInteger starts = new AtomicInteger();
        Supplier<Process> dies = () -> {
            starts.incrementAndGet();
            return sh("echo broken; exit 1", true);
        };
        s.watch("drafting-service", "http://localhost:8081", log(), sh("exit 1", false), dies);

        await().atMost(Duration.ofSeconds(30)).until(() -> status().state().equals(ComponentStatus.DOWN));
        assertThat(starts).hasValue(FAST.maxQuickRestarts());
        assertThat(status().restarts()).isEqualTo(FAST.maxQuickRestarts());
        assertThat(report()).contains("drafting-service died 4 times in a row", "giving up on it");
    }

    @Test
    void aStopBeforeTheChildrenEndRestartsNothing() throws Exception {
        Supervisor s = supervisor(FAST);
        AtomicInteger restarts = new AtomicInteger();
        Process running = sh("exec sleep 600", false);
        s.watch("drafting-service", "http://localhost:8081", log(), running, () -> {
            restarts.incrementAndGet();
            return sh("exec sleep 600", true);
        });

        s.stop();
        running.destroy();

        await().atMost(Duration.ofSeconds(30)).until(() -> status().lastExit() != null);
        assertThat(status().state()).isEqualTo(ComponentStatus.STOPPED);
        assertThat(restarts).hasValue(0);
        assertThat(report()).isEmpty();
    }

    @Test
    void everyChangeOfStateReachesTheListener() {
        Supervisor s = supervisor(FAST);
        Process first = sh("read line; exit 2", false);
        s.watch("drafting-service", "http://localhost:8081", log(), first, () -> sh("exec sleep 600", true));

        try {
            first.getOutputStream().close();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            synchronized (changes) {
                assertThat(changes).extracting(c -> c.get(0).state()).containsSubsequence(
                        ComponentStatus.RUNNING, ComponentStatus.RESTARTING, ComponentStatus.RUNNING);
            }
        });
    }
}
