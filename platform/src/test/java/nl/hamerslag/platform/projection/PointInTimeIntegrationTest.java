package nl.hamerslag.platform.projection;

import nl.hamerslag.platform.testapp.TallyApi;
import nl.hamerslag.platform.testapp.TallyProjection;
import nl.hamerslag.test.HamerslagIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The state of a projection at an earlier moment is rebuilt from the events up to then, answered by
 * the same query code, and leaves nothing behind.
 */
@HamerslagIntegrationTest
class PointInTimeIntegrationTest {

    private static final String COUNT = "select count from tally_view where tally_id = ?";

    @LocalServerPort
    int port;
    @Autowired
    PointInTime pointInTime;
    @Autowired
    TallyProjection tallies;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    TallyApi api;

    @BeforeEach
    void setUp() {
        api = new TallyApi(port);
    }

    @Test
    void aQueryAsOfAnEarlierMomentSeesOnlyTheEventsUpToThen() {
        Instant beforeItExisted = Instant.now();
        String tally = api.create("as-of");
        api.count(tally);
        Instant afterOneCount = Instant.now();
        api.count(tally);
        api.count(tally);

        assertThat(tallies.count(tally)).contains(3);
        assertThat(asOf(afterOneCount, tally)).contains(1);
        assertThat(asOf(beforeItExisted, tally)).isEmpty();
        assertThat(asOf(Instant.now(), tally)).contains(3);
        assertThat(tallies.count(tally)).as("the current state is untouched").contains(3);
        assertThat(jdbc.queryForList("select nspname from pg_namespace where nspname like 'as_of%'", String.class))
                .as("the schema of the earlier state is rolled back").isEmpty();
    }

    @Test
    void aStatementPreparedOnThePublicTableIsPlannedAgainForTheEarlierState() {
        String tally = api.create("prepared");
        api.count(tally);
        Instant afterOneCount = Instant.now();
        api.count(tally);
        // the driver prepares a statement on the server from its fifth execution, and the server
        // keeps a generic plan after five more: warm this connection (Hikari hands a thread its last one)
        for (int i = 0; i < 12; i++) {
            assertThat(tallies.count(tally)).contains(2);
        }
        assertThat(asOf(afterOneCount, tally)).contains(1);
    }

    @Test
    void postgresPlansACachedStatementAgainWhenTheSearchPathChanges() {
        String tally = api.create("search-path");
        api.count(tally);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            for (int i = 0; i < 12; i++) {
                assertThat(jdbc.queryForObject(COUNT, Integer.class, tally)).isEqualTo(1);
            }
            jdbc.execute("create schema search_path_probe");
            jdbc.execute("create table search_path_probe.tally_view (like public.tally_view including all)");
            jdbc.update("insert into search_path_probe.tally_view (tally_id, name, count, created_at) values (?, 'x', 41, now())",
                    tally);
            jdbc.execute("set local search_path to search_path_probe, public");
            assertThat(jdbc.queryForObject(COUNT, Integer.class, tally))
                    .as("the same statement on the same connection reads the table the search path names now")
                    .isEqualTo(41);
        });
    }

    @Test
    void aQueryRefusalInsideTheEarlierStatePassesThroughAndLeavesNothing() {
        assertThatThrownBy(() -> pointInTime.asOf(Instant.now(), List.of(TallyProjection.NAME), () -> {
            throw new UnknownProjection("from inside the query");
        })).isInstanceOf(UnknownProjection.class);
        assertThat(jdbc.queryForList("select nspname from pg_namespace where nspname like 'as_of%'", String.class)).isEmpty();
    }

    @Test
    void asOfIsAnInstantNoLaterThanNow() {
        AsOf asOf = new AsOf(Clock.systemUTC());
        assertThat(asOf.parse(null)).isEmpty();
        assertThat(asOf.parse("2026-03-01T12:00:00Z")).contains(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(asOf.parse("2026-03-01T13:00:00+01:00")).contains(Instant.parse("2026-03-01T12:00:00Z"));
        assertThatThrownBy(() -> asOf.parse("yesterday")).isInstanceOf(AsOfInvalid.class)
                .hasMessageContaining("ISO-8601").hasMessageContaining("asOf=2026-03-01T12:00:00Z");
        assertThatThrownBy(() -> asOf.parse("2026-03-01T12:00:00")).isInstanceOf(AsOfInvalid.class);
        assertThatThrownBy(() -> asOf.parse(Instant.now().plusSeconds(3600).toString())).isInstanceOf(AsOfInvalid.class)
                .hasMessageContaining("future");
    }

    private Optional<Integer> asOf(Instant at, String tally) {
        return pointInTime.asOf(at, List.of(TallyProjection.NAME), () -> tallies.count(tally));
    }
}
