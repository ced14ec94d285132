package nl.hamerslag.approval.query;

import nl.hamerslag.approval.support.ApprovalIntegrationTest;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.platform.projection.Projection;
import nl.hamerslag.platform.projection.ProjectionRebuilds;
import nl.hamerslag.platform.projection.ProjectionState;
import nl.hamerslag.platform.projection.Projections;
import nl.hamerslag.platform.projection.RebuildProgress;
import nl.hamerslag.test.ProjectionRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every projection of approval, rebuilt from the event store, holds exactly what it held before: its
 * handlers use only what the events say (no wall clock, nothing but their own tables).
 */
class ProjectionRebuildIntegrationTest extends ApprovalIntegrationTest {

    @Autowired
    Projections projections;
    @Autowired
    ProjectionRebuilds rebuilds;

    @Test
    void everyProjectionRebuiltFromTheEventsHoldsWhatItHeldBefore() {
        ProposalSubmitted open = submission(true, true);
        submitted(open);
        ProposalSubmitted refused = submission(true, false);
        ProposalId id = refused.proposalId();
        submitted(refused);
        assertThat(act(id, "manager", "approve", Role.MANAGER, "{\"remarks\":\"Prima.\"}").status()).isEqualTo(204);
        assertThat(act(id, "financial-controller", "refuse", Role.FINANCIAL_CONTROLLER,
                "{\"reason\":\"Geen dekking.\",\"version\":\"" + refused.version() + "\"}").status()).isEqualTo(204);
        awaitRoute(id, route -> route.get("status").asString().equals("RETURNED"));

        assertThat(projections.all()).extracting(Projection::name).containsExactly(RouteProjection.PROCESSING_GROUP);
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
