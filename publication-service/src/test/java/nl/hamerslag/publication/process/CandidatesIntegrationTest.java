package nl.hamerslag.publication.process;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.followup.FollowUpItemOpened;
import nl.hamerslag.contracts.followup.FollowUpKind;
import nl.hamerslag.contracts.followup.QuestionKind;
import nl.hamerslag.contracts.followup.QuestionRegistered;
import nl.hamerslag.contracts.followup.SettlementAccepted;
import nl.hamerslag.contracts.followup.SettlementProposed;
import nl.hamerslag.contracts.meeting.AgendaChange;
import nl.hamerslag.contracts.meeting.AgendaChanged;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.AgendaItemKind;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.contracts.meeting.AgendaPublished;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.publication.support.LocalDocumentOwner;
import nl.hamerslag.publication.support.PublicationApi;
import nl.hamerslag.publication.support.PublicationIntegrationTest;
import nl.hamerslag.publication.support.TestPdfs;
import org.junit.jupiter.api.BeforeEach;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Other services' events on the real Kafka broker become candidates, their documents fetched over HTTP
 * from their owner with publication's own token; an openbaar college decision is public within seconds.
 */
@PublicationIntegrationTest
class CandidatesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    JdbcTemplate jdbc;

    PublicationApi api;

    @BeforeEach
    void api() {
        api = new PublicationApi(port, kafka);
    }

    @Test
    void anOpenbaarCollegeDecisionIsOnThePublicCatalogueWithinSecondsWithItsDocumentStripped() {
        byte[] pdf = TestPdfs.withMetadata("Besluit Marktplein " + UUID.randomUUID());
        ContentHash original = LocalDocumentOwner.put(pdf);
        ProposalId proposal = api.submitted(Confidentiality.OPENBAAR, original, "besluit-marktplein.pdf");
        DecisionTaken decision = PublicationApi.decision(proposal, DecidingBody.COLLEGE, Confidentiality.OPENBAAR, original);
        UUID id = UUID.fromString(PublicationApi.publicationId("decision", decision.decisionId()));

        long sent = System.nanoTime();
        api.publish(Topics.MEETING, decision);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() ->
                count("select count(*) from public_publication where publication_id = ?", id) == 1);
        long millis = (System.nanoTime() - sent) / 1_000_000;
        System.out.println("MEASURED: decision sent on Kafka -> public_publication row in " + millis + " ms");

        Map<String, Object> row = jdbc.queryForMap("select * from public_publication where publication_id = ?", id);
        assertThat(row.get("kind")).isEqualTo("DECISION");
        assertThat(row.get("body_name")).isEqualTo("College van burgemeester en wethouders");
        assertThat(row.get("organisation_name")).isEqualTo("Gemeente Utrecht");
        assertThat(row.get("version")).isEqualTo(1);
        Map<String, Object> document = jdbc.queryForMap("select * from public_document where publication_id = ?", id);
        assertThat(document.get("name")).isEqualTo("besluit-marktplein.pdf");
        assertThat(document.get("sha256")).as("the public copy has its own hash").isNotEqualTo(original.value());
        byte[] served = jdbc.queryForObject("select content from public_document_content where sha256 = ?", byte[].class,
                document.get("sha256"));
        assertThat(ContentHash.sha256(served).value()).isEqualTo(document.get("sha256"));
        assertThat(new String(served, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Anna Steller");
        assertThat(LocalDocumentOwner.requestsFor(original)).hasSize(1)
                .allSatisfy(request -> assertThat(request).contains("Bearer ey"));
    }

    @Test
    void aDecisionThatIsNotOpenbaarWaitsAsACandidateAndNothingOfItIsPublic() {
        ContentHash original = LocalDocumentOwner.put(TestPdfs.withMetadata("Intern " + UUID.randomUUID()));
        ProposalId proposal = api.submitted(Confidentiality.INTERN, original, "intern.pdf");
        DecisionTaken decision = PublicationApi.decision(proposal, DecidingBody.COLLEGE, Confidentiality.INTERN, original);
        UUID id = UUID.fromString(PublicationApi.publicationId("decision", decision.decisionId()));

        api.publish(Topics.MEETING, decision);

        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from publication where publication_id = ?", id) == 1);
        assertThat(jdbc.queryForObject("select state from publication where publication_id = ?", String.class, id))
                .isEqualTo("CANDIDATE");
        assertThat(count("select count(*) from public_publication where publication_id = ?", id)).isZero();
    }

    @Test
    void anOwnerThatIsAwayIsWaitedForAndTheDecisionIsNotSkipped() {
        ContentHash original = LocalDocumentOwner.put(TestPdfs.withMetadata("Later " + UUID.randomUUID()));
        LocalDocumentOwner.away(original, true);
        ProposalId proposal = api.submitted(Confidentiality.OPENBAAR, original, "later.pdf");
        DecisionTaken decision = PublicationApi.decision(proposal, DecidingBody.COLLEGE, Confidentiality.OPENBAAR, original);
        UUID id = UUID.fromString(PublicationApi.publicationId("decision", decision.decisionId()));

        api.publish(Topics.MEETING, decision);
        await().atMost(Duration.ofSeconds(30)).until(() -> LocalDocumentOwner.requestsFor(original).size() >= 2);
        assertThat(count("select count(*) from publication where publication_id = ?", id)).isZero();
        assertThat(count("select count(*) from parked_record where record_key = ?", proposal.toString()))
                .as("a transient failure is not parked").isZero();

        LocalDocumentOwner.away(original, false);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                count("select count(*) from public_publication where publication_id = ?", id) == 1);
    }

    @Test
    void anAgendaIsPublishedWithOnlyItsOpenbaarEntriesAndAChangeCorrectsIt() {
        String meetingId = "meeting-" + UUID.randomUUID();
        LocalDate date = LocalDate.now().plusDays(7);
        AgendaEntry opening = new AgendaEntry("i1", 1, AgendaItemKind.OPENING, "Opening", null, null, false, null, List.of());
        AgendaEntry open = new AgendaEntry("i2", 2, AgendaItemKind.PROPOSAL, "Marktplein", ProposalId.newId(),
                AgendaItemType.HAMMER_ITEM, false, Confidentiality.OPENBAAR, List.of());
        AgendaEntry secret = new AgendaEntry("i3", 3, AgendaItemKind.PROPOSAL, "Grondaankoop Noord", ProposalId.newId(),
                AgendaItemType.DEBATE_ITEM, true, Confidentiality.VERTROUWELIJK, List.of());
        UUID id = UUID.fromString(PublicationApi.publicationId("agenda", meetingId));

        api.publish(Topics.MEETING, new AgendaPublished(meetingId, DecidingBody.COLLEGE, date, List.of(opening, open, secret)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from public_publication where publication_id = ?", id) == 1);
        String summary = jdbc.queryForObject("select summary from public_publication where publication_id = ?", String.class, id);
        assertThat(summary).contains("Opening", "Marktplein").doesNotContain("Grondaankoop");

        AgendaEntry added = new AgendaEntry("i4", 3, AgendaItemKind.PROPOSAL, "Fietsenstalling", ProposalId.newId(),
                AgendaItemType.HAMMER_ITEM, false, Confidentiality.OPENBAAR, List.of());
        api.publish(Topics.MEETING, new AgendaChanged(meetingId, DecidingBody.COLLEGE, AgendaChange.ADDED, "i4",
                "spoedeisend", List.of(opening, open, added, secret)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.queryForObject("select version from public_publication where publication_id = ?", Integer.class, id) == 2);
        assertThat(jdbc.queryForObject("select summary from public_publication where publication_id = ?", String.class, id))
                .contains("Fietsenstalling").doesNotContain("Grondaankoop");
        assertThat(count("select count(*) from publication_version where publication_id = ?", id)).isEqualTo(2);
    }

    @Test
    void aSettledCouncilQuestionsAnswerWaitsForTheFinalEditorWithItsDocument() {
        String itemId = UUID.randomUUID().toString();
        byte[] answer = TestPdfs.withMetadata("Antwoord " + itemId);
        ContentHash hash = LocalDocumentOwner.put(answer);
        UUID id = UUID.fromString(PublicationApi.publicationId("answer", itemId));

        api.publish(Topics.FOLLOWUP, new QuestionRegistered(itemId, QuestionKind.values()[0], "Fractie Groen",
                "Hoe staat het met het Marktplein?", LocalDate.now(), LocalDate.now().plusDays(30)));
        api.publish(Topics.FOLLOWUP, new FollowUpItemOpened(itemId, FollowUpKind.QUESTION, null, null, null, null, null,
                "Hoe staat het met het Marktplein?", "wim.wethouder", "Ruimte", LocalDate.now().plusDays(30)));
        api.publish(Topics.FOLLOWUP, new SettlementProposed(itemId, null, "antwoord.pdf", "application/pdf", answer.length,
                hash.value(), "mark.leidinggevende"));
        api.publish(Topics.FOLLOWUP, new SettlementAccepted(itemId, null, hash.value(), "lotte.leidinggevende"));

        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from publication where publication_id = ?", id) == 1);
        Map<String, Object> row = jdbc.queryForMap("select * from publication where publication_id = ?", id);
        assertThat(row.get("kind")).isEqualTo("ANSWER");
        assertThat(row.get("state")).isEqualTo("CANDIDATE");
        assertThat(row.get("title")).isEqualTo("Antwoord op raadsvragen van Fractie Groen");
        assertThat(jdbc.queryForObject("select name from publication_document where publication_id = ?", String.class, id))
                .isEqualTo("antwoord.pdf");
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
