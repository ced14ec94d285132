package nl.hamerslag.bench;

import java.time.Duration;

/**
 * How big and how long the part "million" measures ({@code -Dbench.events}, {@code -Dbench.million.*}); quick mode
 * fills 100 000 events and shortens every window. The full defaults keep the part near five minutes on two cores
 * (about 2 + 0.75 + 4 × 0.25 + 0.5 + 0.75 min, plus the tree-head check); the fill says when its budget stopped it.
 *
 * @param events           events the fill stores in drafting ({@code bench.events}, default 1 000 000)
 * @param longStreams      long proposal streams among them
 * @param longStreamLength events of each long stream
 * @param batchSize        events per transaction of the fill
 * @param fillBudget       the fill stops after this long, whatever it reached
 * @param treeWait         how long the audit tree and the relay may take to catch up after the fill
 * @param requests         at most this many requests per latency figure (closed loop, one connection)
 * @param latencyBudget    ... or for at most this long
 * @param verifyWindow     each whole-store verification runs this long (or to the end of the store)
 * @param rebuildWindow    the projection rebuild is followed this long; a rebuild that takes longer is measured over
 *                         the events it did in this window
 */
record MillionSettings(int events, int longStreams, int longStreamLength, int batchSize, Duration fillBudget,
                       Duration treeWait, int requests, Duration latencyBudget, Duration verifyWindow,
                       Duration rebuildWindow) {

    static MillionSettings fromSystemProperties(boolean quick) {
        return new MillionSettings(
                BenchSettings.integer("bench.events", quick ? 100_000 : 1_000_000),
                BenchSettings.integer("bench.million.longStreams", 4),
                BenchSettings.integer("bench.million.longStreamLength", quick ? 500 : 2_000),
                BenchSettings.integer("bench.million.batchSize", 1_000),
                seconds("bench.million.fillSeconds", quick ? 60 : 120),
                seconds("bench.million.treeWaitSeconds", quick ? 60 : 45),
                BenchSettings.integer("bench.million.requests", 200),
                seconds("bench.million.latencySeconds", quick ? 10 : 15),
                seconds("bench.million.verifySeconds", quick ? 8 : 15),
                seconds("bench.million.rebuildSeconds", quick ? 30 : 45));
    }

    private static Duration seconds(String name, int defaultSeconds) {
        return Duration.ofSeconds(BenchSettings.integer(name, defaultSeconds));
    }
}
