package nl.hamerslag.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How long and how hard the bench measures, from system properties ({@code -Dbench.*}); {@code bench.quick=true}
 * shortens everything to a smoke run of about three minutes after the system is up.
 *
 * @param repoRoot        the repository: the exec jars, docs/benchmarks.md
 * @param dataDir         the launcher's data folder for this run (emptied first), under bench/target
 * @param baselineSeconds each PostgreSQL INSERT run and the Kafka producer run
 * @param kafkaRecords    records ProducerPerformance sends
 * @param closedSeconds   each saturation run (closed model)
 * @param connections     virtual users of the closed model
 * @param openRates       arrival rates of the open model, per second
 * @param openSeconds     each open-model step
 * @param approveRates    arrival rates of "approve a step" (every approval needs a proposal seeded first)
 * @param approveSeconds  each open-model step of "approve a step"
 * @param relaySamples    proposals submitted one at a time to time the relay
 * @param grace           how long after a step's last send its requests may still finish
 * @param only            the parts to run ({@code -Dbench.only=http,relay}); empty runs them all. The start and the
 *                        memory figures are always taken.
 * @param decisionSamples proposals signed off, then decided, one at a time (last signature → APPROVED; decision →
 *                        public)
 * @param decisionRates   arrival rates of "record a decision" (every decision needs a proposal signed off and on an
 *                        agenda first)
 * @param decisionSeconds each open-model step of "record a decision"
 */
record BenchSettings(Path repoRoot, Path dataDir, boolean quick, int baselineSeconds, int kafkaRecords,
                     int closedSeconds, int connections, List<Integer> openRates, int openSeconds,
                     List<Integer> approveRates, int approveSeconds, int relaySamples, Duration grace,
                     Set<String> only, int decisionSamples, List<Integer> decisionRates, int decisionSeconds) {

    static BenchSettings fromSystemProperties() {
        Path repo = Path.of(System.getProperty("hamerslag.repo", ".")).toAbsolutePath().normalize();
        boolean quick = Boolean.getBoolean("bench.quick");
        return new BenchSettings(repo,
                Path.of(System.getProperty("bench.dataDir", repo.resolve("bench/target/bench-data").toString())),
                quick,
                integer("bench.baseline.seconds", quick ? 5 : 10),
                integer("bench.kafka.records", quick ? 20_000 : 50_000),
                integer("bench.closed.seconds", quick ? 8 : 10),
                integer("bench.connections", 8),
                rates("bench.open.rates", System.getProperty("bench.open.rates", quick ? "50,100" : "50,100,200,400")),
                integer("bench.open.seconds", quick ? 8 : 10),
                rates("bench.approve.rates", System.getProperty("bench.approve.rates", quick ? "20,50" : "50,100,200,400")),
                integer("bench.approve.seconds", quick ? 3 : 4),
                integer("bench.relay.samples", quick ? 20 : 100),
                Duration.ofSeconds(integer("bench.grace.seconds", 10)),
                parts(System.getProperty("bench.only", "")),
                integer("bench.decision.samples", quick ? 10 : 30),
                // a council evening decides some fifty items: 100/s is far past any meeting, and each item needs a
                // proposal signed off and on an agenda first (the seeding is the part's largest cost)
                rates("bench.decision.rates", System.getProperty("bench.decision.rates", quick ? "20,50" : "25,50,100")),
                integer("bench.decision.seconds", 2));
    }

    /** The parts of the run, by name; a name the bench does not know is refused before anything starts. */
    static final Set<String> PARTS = Set.of("baselines", "http", "approve", "relay", "decisions", "million");

    boolean runs(String part) {
        if (!PARTS.contains(part)) {
            throw new IllegalArgumentException("no bench part '" + part + "'; the parts are " + PARTS);
        }
        return only.isEmpty() || only.contains(part);
    }

    private static Set<String> parts(String csv) {
        Set<String> named = new TreeSet<>();
        for (String part : csv.split(",")) {
            if (!part.isBlank()) {
                named.add(part.trim());
            }
        }
        for (String part : named) {
            if (!PARTS.contains(part)) {
                throw new IllegalArgumentException("-Dbench.only names '" + part + "'; the parts are " + PARTS);
            }
        }
        return Set.copyOf(named);
    }

    static int integer(String name, int defaultValue) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + name + " must be a whole number, got '" + v + "'", e);
        }
    }

    private static List<Integer> rates(String name, String csv) {
        try {
            return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::parseInt).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + name + " must be rates per second such as 50,100,200, got '"
                    + csv + "'", e);
        }
    }
}
