package nl.hamerslag.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.hamerslag.platform.parking.ParkedRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Meter {@code hamerslag.parked.records{state}} (Prometheus {@code hamerslag_parked_records}): records
 * set aside that wait for an ADMIN (PARKED: could not be handled; WAITING: behind a parked one of the
 * same proposal). Anything above 0 means a proposal's events stand still in this service (ADR 19).
 */
class ParkedRecordsGauge {

    private final JdbcTemplate jdbc;

    ParkedRecordsGauge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void register(MeterRegistry meters) {
        for (ParkedRecord.State state : new ParkedRecord.State[] {ParkedRecord.State.PARKED, ParkedRecord.State.WAITING}) {
            Gauge.builder("hamerslag.parked.records", () -> count(state))
                    .description("Consumed records set aside until an ADMIN retries or resolves them (GET /api/admin/parked)")
                    .tag("state", state.name())
                    .register(meters);
        }
    }

    private double count(ParkedRecord.State state) {
        Long count = jdbc.queryForObject("select count(*) from parked_record where state = ?", Long.class, state.name());
        return count == null ? 0 : count;
    }
}
