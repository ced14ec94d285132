package nl.hamerslag.platform.observability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The metric names are read out of PromQL, not the functions, labels, ranges or grouping around them. */
class DashboardQueriesTest {

    @Test
    void aQuantileOverARateNamesOnlyTheHistogram() {
        assertThat(DashboardQueries.metricNames(
                "histogram_quantile(0.99, sum by (le, service) (rate(http_server_requests_seconds_bucket{service=~\"$service\"}[5m])))"))
                .containsExactly("http_server_requests_seconds_bucket");
    }

    @Test
    void aVariablesLabelValuesNamesItsMetric() {
        assertThat(DashboardQueries.metricNames("label_values(http_server_requests_seconds_count, service)"))
                .containsExactly("http_server_requests_seconds_count");
    }

    @Test
    void twoMetricsInOneQueryAreBothNamed() {
        assertThat(DashboardQueries.metricNames("max by (service) (hamerslag_relay_lag_events) / on (service) hamerslag_commands_total{outcome=\"handled\"}"))
                .containsExactly("hamerslag_commands_total", "hamerslag_relay_lag_events");
    }
}
