package nl.hamerslag.publication.query;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.platform.projection.Projection;
import nl.hamerslag.platform.projection.ProjectionRebuilds;
import nl.hamerslag.platform.projection.ProjectionState;
import nl.hamerslag.platform.projection.Projections;
import nl.hamerslag.platform.projection.RebuildProgress;
import nl.hamerslag.publication.support.LocalDocumentOwner;
import nl.hamerslag.publication.support.PublicationApi;
import nl.hamerslag.publication.support.PublicationIntegrationTest;
import nl.hamerslag.publication.support.TestPdfs;
import nl.hamerslag.test.ProjectionRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every projection of publication, rebuilt from the event store, holds exactly what it held before:
 * its handlers use only what the events say (no wall clock, nothing but their own tables).
 */
@PublicationIntegrationTest
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
        PublicationApi api = new PublicationApi(port, kafka);
        ContentHash original = LocalDocumentOwner.put(TestPdfs.withMetadata("Herbouwd besluit " + UUID.randomUUID()));
        ProposalId proposal = api.submitted(Confidentiality.OPENBAAR, original, "herbouwd.pdf");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("audience_proposal", "proposal_id", proposal.value()) == 1);
        DecisionTaken decision = PublicationApi.decision(proposal, DecidingBody.COLLEGE, Confidentiality.OPENBAAR, original);
        UUID id = UUID.fromString(PublicationApi.publicationId("decision", decision.decisionId()));
        api.publish(Topics.MEETING, decision);
        await().atMost(Duration.ofSeconds(60)).until(() -> count("public_publication", "publication_id", id) == 1);
        forgetRowsNoEventWrote();

        assertThat(projections.all()).extracting(Projection::name).containsExactlyInAnyOrder(
                PublicationProjection.NAME, PublicCatalogueProjection.NAME);
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

    /** The public channels' tests write catalogue rows straight with JDBC (CatalogueTestRows): no event made them. */
    private void forgetRowsNoEventWrote() {
        String noEvent = "not exists (select 1 from domain_event_entry e where e.aggregate_identifier = %s::text)";
        jdbc.update("delete from public_withdrawal w where " + noEvent.formatted("w.publication_id"));
        jdbc.update("delete from public_publication p where " + noEvent.formatted("p.publication_id"));
        jdbc.update("""
                delete from public_document_content c
                where not exists (select 1 from public_document d where d.sha256 = c.sha256)""");
    }

    private long count(String table, String column, UUID value) {
        Long found = jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class, value);
        return found == null ? 0 : found;
    }
}
