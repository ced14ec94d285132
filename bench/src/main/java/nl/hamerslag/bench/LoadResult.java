package nl.hamerslag.bench;

import org.HdrHistogram.Histogram;

import java.util.List;

/**
 * One load run. Latencies in microseconds; in the open model from the intended send time (so a queue in front of
 * the request counts), in the closed model from the actual send.
 *
 * @param offeredPerSecond the open model's arrival rate; 0 for the closed model
 * @param okPerSecond      answers with the expected status per second over the run
 * @param unfinished       requests still without an answer when the run stopped waiting (open model): they count
 *                         in the histogram with the time they had waited, so the percentiles are lower bounds
 * @param samples          (intended send offset ms, latency ms) pairs for the latency-over-time plot
 */
record LoadResult(String name, double offeredPerSecond, long ok, long errors, long unfinished, double okPerSecond,
                  Histogram latency, String firstError, List<long[]> samples) {

    boolean censored() {
        return unfinished > 0;
    }

    double percentileMs(double p) {
        return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(p) / 1000.0;
    }

    String latencyText() {
        String bound = censored() ? "≥ " : "";
        return String.format("p50 %s%.0f ms, p95 %s%.0f ms, p99 %s%.0f ms", bound, percentileMs(50), bound,
                percentileMs(95), bound, percentileMs(99));
    }

    String summary() {
        return String.format("%.1f/s ok (%d ok, %d errors, %d unfinished), %s%s", okPerSecond, ok, errors, unfinished,
                latencyText(), firstError == null ? "" : "; first error: " + firstError);
    }
}
