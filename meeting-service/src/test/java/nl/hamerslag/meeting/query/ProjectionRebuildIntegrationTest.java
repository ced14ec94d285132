package nl.hamerslag.meeting.query;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.meeting.support.MeetingApi;
import nl.hamerslag.meeting.support.MeetingApi.Proposal;
import nl.hamerslag.meeting.support.MeetingIntegrationTest;
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

import static nl.hamerslag.meeting.support.MeetingApi.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every projection of meeting, rebuilt from the event store, holds exactly what it held before: its
 * handlers use only what the events say (no wall clock, nothing but their own tables).
 */
@MeetingIntegrationTest
class ProjectionRebuildIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    BodyDirectory bodies;
    @Autowired
    Projections projections;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyProjectionRebuiltFromTheEventsHoldsWhatItHeldBefore() {
        MeetingApi api = new MeetingApi(port, kafka, bodies);
        Proposal proposal = api.approved("Herbouwd voorstel", Confidentiality.OPENBAAR, DecidingBody.COLLEGE);
        String meeting = api.planned(api.body(DecidingBody.COLLEGE), LocalDate.of(2026, 4, 14), SECRETARIAT);
        String item = api.scheduled(meeting, proposal.id(), "DEBATE_ITEM", SECRETARIAT);
        api.publishedAndOpened(meeting, SECRETARIAT);
        api.ok(api.present(meeting, api.anyMember(DecidingBody.COLLEGE), SECRETARIAT));
        api.ok(api.decide(meeting, item, "{\"outcome\":\"AS_PROPOSED\"}", SECRETARIAT));
        api.ok(api.post("/api/meetings/" + meeting + "/close", null, SECRETARIAT));

        assertThat(projections.all()).extracting(Projection::name).containsExactlyInAnyOrder(MeetingProjection.NAME,
                BodyProjection.PROCESSING_GROUP, FloorProjection.PROCESSING_GROUP, "meeting-package-agenda",
                "decision-list-pdf");
        for (Projection projection : projections.all()) {
            List<String> tables = new java.util.ArrayList<>(projection.tables());
            tables.addAll(projection.alsoWrites());
            Map<String, List<String>> before = ProjectionRows.of(jdbc, tables);
            rebuilds.start(projection.name(), "test");
            await().atMost(Duration.ofSeconds(120))
                    .until(() -> rebuilds.state(projection.name()).status() == ProjectionState.Status.IDLE);
            RebuildProgress done = rebuilds.state(projection.name()).rebuild();
            assertThat(done.outcome()).as(done.failure()).isEqualTo(RebuildProgress.Outcome.DONE);
            assertThat(ProjectionRows.of(jdbc, tables)).as(projection.name()).isEqualTo(before);
        }
    }
}
