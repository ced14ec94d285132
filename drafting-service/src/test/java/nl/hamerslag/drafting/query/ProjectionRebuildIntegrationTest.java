package nl.hamerslag.drafting.query;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.drafting.support.DraftingApi;
import nl.hamerslag.drafting.support.DraftingIntegrationTest;
import nl.hamerslag.drafting.support.Files;
import nl.hamerslag.platform.projection.Projection;
import nl.hamerslag.platform.projection.ProjectionRebuilds;
import nl.hamerslag.platform.projection.ProjectionState;
import nl.hamerslag.platform.projection.Projections;
import nl.hamerslag.platform.projection.RebuildProgress;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.ProjectionRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every projection of drafting, rebuilt from the event store, holds exactly what it held before: its
 * handlers use only what the events say (no wall clock, nothing but their own tables).
 */
@DraftingIntegrationTest
class ProjectionRebuildIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Projections projections;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyProjectionRebuiltFromTheEventsHoldsWhatItHeldBefore() {
        DraftingApi api = new DraftingApi(port);
        String id = api.drafted();
        ApiResponse submitted = api.submittedWithMain(id);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        String other = api.drafted();
        api.upload(other, "ANNEX", "bijlage.pdf", "application/pdf", Files.PDF, DraftingApi.as(Role.AUTHOR));
        assertThat(api.withdraw(other, "niet meer nodig", DraftingApi.as(Role.AUTHOR)).status()).isEqualTo(200);
        String third = api.drafted();
        assertThat(api.upload(third, "MAIN", "voorstel.pdf", "application/pdf", Files.PDF, DraftingApi.as(Role.AUTHOR))
                .status()).as("an attachment last: the view's time is the event's").isEqualTo(201);

        assertThat(projections.all()).extracting(Projection::name).containsExactly(ProposalProjection.NAME);
        for (Projection projection : projections.all()) {
            Map<String, List<String>> before = ProjectionRows.of(jdbc, projection.tables());
            rebuilds.start(projection.name(), "test");
            await().atMost(Duration.ofSeconds(120))
                    .until(() -> rebuilds.state(projection.name()).status() == ProjectionState.Status.IDLE);
            RebuildProgress done = rebuilds.state(projection.name()).rebuild();
            assertThat(done.outcome()).as(done.failure()).isEqualTo(RebuildProgress.Outcome.DONE);
            assertThat(ProjectionRows.of(jdbc, projection.tables())).as(projection.name()).isEqualTo(before);
        }
    }
}
