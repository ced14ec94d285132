package nl.hamerslag.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures come from the tool's own last line: a window line (no percentiles) must not be taken for it. */
class KafkaBaselineTest {

    @Test
    void theTotalIsTheLastLineWithPercentiles() {
        String output = """
                1497 records sent, 299.2 records/sec (0.17 MB/sec), 15.2 ms avg latency, 230.0 ms max latency.
                3000 records sent, 991.4 records/sec (0.57 MB/sec), 92.12 ms avg latency, 1075.00 ms max latency, \
                18 ms 50th, 241 ms 95th, 259 ms 99th, 263 ms 99.9th.
                """;

        KafkaBaseline.Result total = KafkaBaseline.total(output);

        assertThat(total.records()).isEqualTo(3000);
        assertThat(total.perSecond()).isEqualTo(991.4);
        assertThat(total.p50()).isEqualTo(18);
        assertThat(total.p95()).isEqualTo(241);
        assertThat(total.p99()).isEqualTo(259);
        assertThat(total.max()).isEqualTo(1075.0);
    }
}
