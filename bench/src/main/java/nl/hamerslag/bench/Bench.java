package nl.hamerslag.bench;

import nl.hamerslag.launcher.HamerslagSystem;
import nl.hamerslag.launcher.LaunchSettings;
import nl.hamerslag.launcher.RunningSystem;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole bench in one run: start the system as {@code ./hamerslag up} does, take the machine's baselines on the
 * same PostgreSQL server and Kafka broker, load the system through the gateway, then stop everything and write
 * docs/benchmarks.md and docs/benchmarks.html. Numbers, never assertions: a measurement that fails is printed and
 * named in the report, and the run goes on with the next.
 */
public final class Bench {

    static final String COMMAND = "./mvnw -B -pl bench -am -Pbench -DskipTests verify            # full, < 15 min on 2 cores\n"
            + "./mvnw -B -pl bench -am -Pbench -DskipTests verify -Dbench.quick=true   # smoke run, ~3 min after the build";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings s = BenchSettings.fromSystemProperties();
        Machine machine = Machine.here(s.repoRoot());
        Results results = new Results();
        System.out.println("bench: " + machine + (s.quick() ? " (quick mode)" : ""));
        deleteRecursively(s.dataDir());
        Files.createDirectories(s.dataDir());
        // the components' JVM options as ./hamerslag up takes them (HAMERSLAG_JAVA_OPTS), so other settings can be
        // measured; every other launcher setting is the bench's own (free ports, its data folder)
        String javaOptions = System.getenv(LaunchSettings.JAVA_OPTS);
        LaunchSettings launch = LaunchSettings.fromEnvironment(
                        javaOptions == null ? Map.of() : Map.of(LaunchSettings.JAVA_OPTS, javaOptions), s.repoRoot())
                .withDataDir(s.dataDir()).withFreePorts()
                .withHealthTimeout(Duration.ofMinutes(10));
        long t0 = System.nanoTime();
        try (RunningSystem system = HamerslagSystem.start(launch)) {
            double upSeconds = (System.nanoTime() - t0) / 1e9;
            results.add(new Figure("Start", "`./hamerslag up` to all healthy (fresh data folder)",
                    String.format("%.1f s", upSeconds), "", ""));
            Map<String, Long> idle = Rss.perComponent(system, s.dataDir());
            double insert8 = s.runs("baselines") ? baselines(results, system, s) : Double.NaN;
            HttpBench http = new HttpBench(s, results, system);
            if (s.runs("http")) {
                step(results, HttpBench.SECTION, "saturation", () -> http.saturation(insert8));
                step(results, HttpBench.SECTION, "open model create/GET", http::openModel);
            }
            if (s.runs("approve")) {
                step(results, HttpBench.SECTION, "open model approve", http::approveOpenModel);
                // what follows is measured one at a time on an idle system: let the approvals' burst be relayed
                // and consumed first, and say how long that took
                step(results, "Relay", "backlog after the approve load", () -> results.add(new Backlog(system)
                        .awaitDrained("Relay", "the approve load", Duration.ofMinutes(5))));
            }
            if (s.runs("relay")) {
                step(results, "Relay", "relay lag", () -> {
                    Histogram lag = RelayLag.submittedToRouteVisible(http.gateway(), s.relaySamples());
                    results.add(Figure.of("Relay", "submitted → approval's route visible through the gateway, idle, "
                            + lag.getTotalCount() + " proposals", RelayLag.text(lag)));
                });
            }
            if (s.runs("decisions")) {
                DecisionPath decisions = new DecisionPath(s, results, system);
                step(results, DecisionPath.SECTION, "last signature → APPROVED", decisions::lastSignatureToApproved);
                step(results, DecisionPath.SECTION, "decision recorded → public", decisions::recordedToPublic);
                step(results, DecisionPath.SECTION, "open model record a decision", decisions::recordUnderLoad);
            }
            if (s.runs("million")) {
                // last of the parts: it leaves a million events (and perhaps a running rebuild) behind in drafting
                MillionEvents million = new MillionEvents(MillionSettings.fromSystemProperties(s.quick()), results, system);
                step(results, MillionEvents.SECTION, "fill", million::fill);
                step(results, MillionEvents.SECTION, "dossier timeline and verify", million::dossierLatency);
                step(results, MillionEvents.SECTION, "whole-store verification", million::storeVerification);
                step(results, MillionEvents.SECTION, "projection rebuild", million::rebuild);
            }
            memory(results, idle, Rss.perComponent(system, s.dataDir()));
        }
        // a partial run (-Dbench.only) must not replace the whole report: it is written beside the build instead
        Path docs = s.only().isEmpty() ? s.repoRoot().resolve("docs") : s.repoRoot().resolve("bench/target");
        Report.write(docs.resolve("benchmarks.md"), machine, s, launch.javaOptions(), results, COMMAND);
        Plot.write(docs.resolve("benchmarks.html"), machine, results.openRuns);
        System.out.println("bench: wrote " + docs.resolve("benchmarks.md") + " and benchmarks.html; "
                + results.failures.size() + " measurement(s) failed");
    }

    private static double baselines(Results results, RunningSystem system, BenchSettings s) {
        String section = "Baselines";
        double[] insert8 = {Double.NaN};
        step(results, section, "PostgreSQL INSERT", () -> {
            String durability = InsertBaseline.durability(system.database());
            double one = InsertBaseline.rowsPerSecond(system.database(), 1, s.baselineSeconds());
            results.add(Figure.of(section, "PostgreSQL INSERT+commit, 600-byte bytea, 1 client (" + durability + ")",
                    Results.perSecond(one) + " rows"));
            insert8[0] = InsertBaseline.rowsPerSecond(system.database(), 8, s.baselineSeconds());
            results.add(new Figure(section, "PostgreSQL INSERT+commit, 600-byte bytea, 8 clients",
                    Results.perSecond(insert8[0]) + " rows", "1 client", Results.ratio(insert8[0], one)));
        });
        step(results, section, "Kafka producer", () -> {
            Path logs = s.dataDir().resolve("logs");
            KafkaBaseline.Result max = KafkaBaseline.producerPerformance(system.kafkaBootstrap(), s.kafkaRecords(), -1,
                    logs.resolve("producer-performance-max.log"));
            results.add(Figure.of(section, "Kafka ProducerPerformance, acks=all, 600 B, as fast as it goes, "
                    + max.records() + " records", max.toString()));
            int fixed = s.quick() ? 3_000 : 10_000;
            KafkaBaseline.Result paced = KafkaBaseline.producerPerformance(system.kafkaBootstrap(), fixed, 1_000,
                    logs.resolve("producer-performance-1000.log"));
            results.add(Figure.of(section, "Kafka ProducerPerformance, acks=all, 600 B, 1 000 records/s, "
                    + paced.records() + " records", paced.toString()));
        });
        return insert8[0];
    }

    /** Each component idle (right after all were healthy) and after the load, the latter ÷ the former. */
    private static void memory(Results results, Map<String, Long> idle, Map<String, Long> after) {
        long idleTotal = 0;
        long afterTotal = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            long before = idle.getOrDefault(e.getKey(), -1L);
            results.add(new Figure("Memory", "RSS " + e.getKey() + " after the load", e.getValue() + " MiB",
                    "idle " + before + " MiB", Results.ratio(e.getValue(), before)));
            idleTotal += Math.max(0, before);
            afterTotal += Math.max(0, e.getValue());
        }
        results.add(new Figure("Memory", "all components after the load", afterTotal + " MiB", "idle " + idleTotal + " MiB",
                Results.ratio(afterTotal, idleTotal)));
    }

    /** A measurement that throws is recorded as failed (with its cause) and the bench goes on with the next. */
    private static void step(Results results, String section, String what, Measurement m) {
        try {
            m.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            results.failed(section, what, e);
        } catch (Exception e) {
            results.failed(section, what, e);
        }
    }

    @FunctionalInterface
    private interface Measurement {
        void run() throws Exception;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
