package nl.hamerslag.platform.projection;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.testapp.TallyApi;
import nl.hamerslag.platform.testapp.TallyProjection;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.ProjectionRows;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An ADMIN rebuilds a projection from the event store while the service runs: readers keep the old
 * rows until the rebuilt ones replace them at once, a second rebuild meanwhile is refused, and the
 * rebuilt tables hold what they held before.
 */
@HamerslagIntegrationTest
class ProjectionRebuildIntegrationTest {

    private static final List<String> TABLES = List.of("tally_view", "tally_count");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    TallyProjection tallies;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    TallyApi api;

    @BeforeEach
    void setUp() {
        api = new TallyApi(port);
    }

    @Test
    void aRebuiltProjectionHoldsWhatItHeldBefore() {
        String tally = api.create("rebuilt");
        api.count(tally);
        api.count(tally);
        api.create("another");
        Map<String, List<String>> before = ProjectionRows.of(jdbc, TABLES);

        ApiResponse started = admin("/api/admin/projections/" + TallyProjection.NAME + "/rebuild");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.header("Location")).isEqualTo("/api/admin/projections/" + TallyProjection.NAME);
        JsonDone done = awaitDone();

        assertThat(done.outcome()).as(done.failure()).isEqualTo("DONE");
        assertThat(done.eventsDone()).isPositive();
        assertThat(ProjectionRows.of(jdbc, TABLES)).isEqualTo(before);
        assertThat(tallies.count(tally)).contains(2);
        api.count(tally);
        assertThat(tallies.count(tally)).as("the projection goes on from the rebuilt rows").contains(3);
        assertThat(jdbc.queryForList("select nspname from pg_namespace where nspname like 'rebuild%'", String.class)).isEmpty();
    }

    @Test
    void whileARebuildWaitsToSwapReadersSeeTheOldRowsAndASecondRebuildIsRefused() throws Exception {
        String tally = api.create("held");
        api.count(tally);
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            // a writer that holds the table: the rebuild waits for it before it replaces any row
            writer.createStatement().execute("lock table public.tally_view in row exclusive mode");
            assertThat(admin("/api/admin/projections/" + TallyProjection.NAME + "/rebuild").status()).isEqualTo(202);
            await().atMost(PATIENCE).until(() -> waitingForLock("tally_view"));

            assertThat(state().get("status").asString()).isEqualTo("REBUILDING");
            assertThat(state().get("rebuild").get("outcome").asString()).isEqualTo("RUNNING");
            assertThat(tallies.count(tally)).as("readers read the old rows meanwhile").contains(1);
            ApiResponse second = admin("/api/admin/projections/" + TallyProjection.NAME + "/rebuild");
            assertThat(second.status()).as(second.toString()).isEqualTo(409);
            assertThat(second.json().get("detail").asString()).contains("is being rebuilt");
            writer.rollback();
        }
        assertThat(awaitDone().outcome()).isEqualTo("DONE");
        assertThat(tallies.count(tally)).contains(1);
    }

    @Test
    void onlyAnAdminSeesOrRebuildsProjectionsAndAnUnknownOneIs404() {
        ApiResponse list = api.client().get("/api/admin/projections", "Authorization", TestTokens.bearer(Role.ADMIN));
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().findValuesAsString("name")).contains(TallyProjection.NAME);
        assertThat(list.json().get(0).get("tables")).isNotEmpty();

        ApiResponse author = api.client().post("/api/admin/projections/" + TallyProjection.NAME + "/rebuild", null,
                "Authorization", TestTokens.bearer(Role.AUTHOR));
        assertThat(author.status()).isEqualTo(403);
        ApiResponse unknown = admin("/api/admin/projections/no-such-view/rebuild");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).contains("GET /api/admin/projections");
    }

    private boolean waitingForLock(String table) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from pg_locks l join pg_class c on c.oid = l.relation
                               where c.relname = ? and l.mode = 'ExclusiveLock' and not l.granted)""",
                Boolean.class, table));
    }

    private tools.jackson.databind.JsonNode state() {
        ApiResponse response = api.client().get("/api/admin/projections/" + TallyProjection.NAME,
                "Authorization", TestTokens.bearer(Role.ADMIN));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonDone awaitDone() {
        await().atMost(PATIENCE).until(() -> state().get("status").asString().equals("IDLE"));
        tools.jackson.databind.JsonNode rebuild = state().get("rebuild");
        return new JsonDone(rebuild.get("outcome").asString(), rebuild.get("eventsDone").asLong(),
                rebuild.path("failure").asString(""));
    }

    private record JsonDone(String outcome, long eventsDone, String failure) {
    }

    private ApiResponse admin(String path) {
        return api.client().post(path, null, "Authorization", TestTokens.bearer(Role.ADMIN));
    }
}
