package nl.hamerslag.followup.query;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.meeting.CommitmentMade;
import nl.hamerslag.followup.support.FollowUpApi;
import nl.hamerslag.followup.support.FollowupIntegrationTest;
import nl.hamerslag.platform.projection.Projection;
import nl.hamerslag.platform.projection.ProjectionRebuilds;
import nl.hamerslag.platform.projection.ProjectionState;
import nl.hamerslag.platform.projection.Projections;
import nl.hamerslag.platform.projection.RebuildProgress;
import nl.hamerslag.test.ProjectionRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.hamerslag.followup.support.FollowUpApi.bearer;
import static nl.hamerslag.followup.support.FollowUpApi.itemId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every projection of follow-up, rebuilt from the event store, holds exactly what it held before: its
 * handlers use only what the events say (no wall clock, nothing but their own tables).
 */
@FollowupIntegrationTest
class ProjectionRebuildIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    Projections projections;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyProjectionRebuiltFromTheEventsHoldsWhatItHeldBefore() {
        FollowUpApi api = new FollowUpApi(port, kafka);
        ProposalId proposal = api.submitted(Confidentiality.OPENBAAR, DecidingBody.COUNCIL);
        String commitmentId = "commitment-" + UUID.randomUUID();
        api.publish(Topics.MEETING, new CommitmentMade("meeting-" + UUID.randomUUID(), commitmentId, proposal, "item-1",
                "De wethouder stuurt een evaluatie", "member-wim", "wim.wethouder", "de raad", LocalDate.of(2031, 3, 1)));
        String item = itemId("commitment", commitmentId);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/followup/items/" + item, bearer(Role.CLERK)).status() == 200);
        assertThat(api.post("/api/followup/items/" + item + "/start", null, bearer(Role.CLERK)).status()).isEqualTo(200);

        assertThat(projections.all()).extracting(Projection::name).containsExactly(FollowUpProjection.NAME);
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
