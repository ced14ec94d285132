package nl.hamerslag.publication.process;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
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
import nl.hamerslag.contracts.meeting.DecisionListAdopted;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.contracts.meeting.GroupResult;
import nl.hamerslag.contracts.meeting.MemberVote;
import nl.hamerslag.contracts.meeting.MeetingPackageCompiled;
import nl.hamerslag.contracts.meeting.PackageVariant;
import nl.hamerslag.contracts.meeting.VoteChoice;
import nl.hamerslag.contracts.meeting.VoteHeld;
import nl.hamerslag.contracts.meeting.VoteResult;
import nl.hamerslag.contracts.meeting.VoteSubject;
import nl.hamerslag.publication.support.LocalDocumentOwner;
import nl.hamerslag.publication.support.PublicationApi;
import nl.hamerslag.publication.support.PublicationIntegrationTest;
import nl.hamerslag.publication.support.TestPdfs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
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
        ProposalId proposal = submitted(Confidentiality.OPENBAAR, original, "besluit-marktplein.pdf");
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
        assertThat(new String(served, ISO_8859_1)).doesNotContain("Anna Steller");
        assertThat(LocalDocumentOwner.requestsFor(original)).hasSize(1)
                .allSatisfy(request -> assertThat(request).contains("Bearer ey"));
    }

    @Test
    void aDecisionThatIsNotOpenbaarWaitsAsACandidateAndNothingOfItIsPublic() {
        ContentHash original = LocalDocumentOwner.put(TestPdfs.withMetadata("Intern " + UUID.randomUUID()));
        ProposalId proposal = submitted(Confidentiality.INTERN, original, "intern.pdf");
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
        ProposalId proposal = submitted(Confidentiality.OPENBAAR, original, "later.pdf");
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
    void aCouncilVoteIsPublicAtOnceWithItsResultPerGroupABeslotenItemsVoteWaitsAndTheCollegesVoteIsNoCandidate() {
        String council = "meeting-" + UUID.randomUUID();
        String college = "meeting-" + UUID.randomUUID();
        LocalDate date = LocalDate.now().plusDays(3);
        ProposalId proposal = ProposalId.newId();
        AgendaEntry open = new AgendaEntry("i1", 4, AgendaItemKind.PROPOSAL, "Stationsplein", proposal,
                AgendaItemType.DEBATE_ITEM, false, Confidentiality.OPENBAAR, List.of());
        AgendaEntry besloten = new AgendaEntry("i2", 5, AgendaItemKind.PROPOSAL, "Grondaankoop Noord", ProposalId.newId(),
                AgendaItemType.DEBATE_ITEM, true, Confidentiality.OPENBAAR, List.of());
        api.publish(Topics.MEETING, new AgendaPublished(council, DecidingBody.COUNCIL, date, List.of(open, besloten)));
        api.publish(Topics.MEETING, new AgendaPublished(college, DecidingBody.COLLEGE, date, List.of(open)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from known_agenda_item where meeting_id in (?, ?)", council, college) == 3);

        // one key, one partition: once the last is handled, the college's vote before it was handled too
        VoteHeld ofCollege = vote(college, proposal, "i1");
        VoteHeld onBesloten = vote(council, proposal, "i2");
        VoteHeld onOpen = vote(council, proposal, "i1");
        api.publish(Topics.MEETING, ofCollege);
        api.publish(Topics.MEETING, onBesloten);
        api.publish(Topics.MEETING, onOpen);
        UUID openId = UUID.fromString(PublicationApi.publicationId("vote", onOpen.voteId()));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from public_publication where publication_id = ?", openId) == 1);

        assertThat(jdbc.queryForObject("select title from public_publication where publication_id = ?", String.class, openId))
                .isEqualTo("Stemming over het voorstel bij agendapunt 4, Stationsplein: aangenomen");
        assertThat(jdbc.queryForObject("select summary from public_publication where publication_id = ?", String.class, openId))
                .contains("Uitslag: aangenomen met 2 stemmen voor en 1 tegen", "Fractie Stadspartij: 2 voor, 0 tegen",
                        "Voor: Jan Jansen; Els de Vries", "Tegen: Piet Bakker");
        UUID beslotenId = UUID.fromString(PublicationApi.publicationId("vote", onBesloten.voteId()));
        assertThat(jdbc.queryForObject("select state || ' ' || confidentiality from publication where publication_id = ?",
                String.class, beslotenId)).as("a besloten item's vote is secret and waits").isEqualTo("CANDIDATE GEHEIM");
        assertThat(count("select count(*) from public_publication where publication_id = ?", beslotenId)).isZero();
        assertThat(count("select count(*) from publication where publication_id = ?",
                UUID.fromString(PublicationApi.publicationId("vote", ofCollege.voteId()))))
                .as("the college votes behind closed doors").isZero();
    }

    private static VoteHeld vote(String meetingId, ProposalId proposal, String agendaItemId) {
        List<MemberVote> votes = List.of(new MemberVote("m1", "Jan Jansen", "Stadspartij", VoteChoice.FOR),
                new MemberVote("m2", "Els de Vries", "Stadspartij", VoteChoice.FOR),
                new MemberVote("m3", "Piet Bakker", "Groen Links-Midden", VoteChoice.AGAINST));
        return new VoteHeld(meetingId, "vote-" + UUID.randomUUID(), proposal, agendaItemId, VoteSubject.PROPOSAL, null,
                false, votes, List.of(), List.of(), List.of(), List.of(new GroupResult("Stadspartij", 2, 0),
                new GroupResult("Groen Links-Midden", 0, 1)), 2, 1, VoteResult.ADOPTED);
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

    @Test
    void aSettledCommitmentsLetterAboutAProposalIsACandidateAsConfidentialAsTheProposal() {
        String itemId = UUID.randomUUID().toString();
        byte[] letter = TestPdfs.withMetadata("Brief " + itemId);
        ContentHash hash = LocalDocumentOwner.put(letter);
        ProposalId proposal = api.submitted(Confidentiality.BEPERKT_OPENBAAR, LocalDocumentOwner.put(
                TestPdfs.withMetadata("Voorstel " + itemId)), "voorstel.pdf");
        UUID id = UUID.fromString(PublicationApi.publicationId("letter", itemId));

        api.publish(Topics.FOLLOWUP, new FollowUpItemOpened(itemId, FollowUpKind.COMMITMENT, "meeting-" + itemId, null,
                "commitment-" + itemId, null, proposal, "De raad krijgt een evaluatie", "wim.wethouder", null,
                LocalDate.now().plusDays(90)));
        api.publish(Topics.FOLLOWUP, new SettlementProposed(itemId, proposal, "brief.pdf", "application/pdf",
                letter.length, hash.value(), "sam.secretariaat"));
        api.publish(Topics.FOLLOWUP, new SettlementAccepted(itemId, proposal, hash.value(), "greet.griffier"));

        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from publication where publication_id = ?", id) == 1);
        Map<String, Object> row = jdbc.queryForMap("select * from publication where publication_id = ?", id);
        assertThat(row.get("kind")).isEqualTo("LETTER");
        assertThat(row.get("state")).isEqualTo("CANDIDATE");
        assertThat(row.get("confidentiality")).as("as confidential as the proposal it is about")
                .isEqualTo(Confidentiality.BEPERKT_OPENBAAR.name());
    }

    @Test
    void aPublicPackageVersionWaitsForTheEditorWithMeetingsPdfAndADecisionListListsOnlyOpenbaarDecisions() {
        String meetingId = "meeting-" + UUID.randomUUID();
        LocalDate date = LocalDate.now();
        api.publish(Topics.MEETING, new AgendaPublished(meetingId, DecidingBody.COLLEGE, date, List.of()));
        byte[] pdf = TestPdfs.withMetadata("Vergaderstukken " + meetingId);
        ContentHash packagePdf = LocalDocumentOwner.put(pdf);
        api.publish(Topics.MEETING, new MeetingPackageCompiled(meetingId, 1, PackageVariant.INTERNAL,
                ContentHash.sha256("internal " + meetingId), ContentHash.sha256("manifest"), 3, List.of()));
        api.publish(Topics.MEETING, new MeetingPackageCompiled(meetingId, 1, PackageVariant.PUBLIC, packagePdf,
                ContentHash.sha256("manifest " + meetingId), 3, List.of()));
        DecisionTaken open = withMeeting(PublicationApi.decision(ProposalId.newId(), DecidingBody.COLLEGE,
                Confidentiality.OPENBAAR, null), meetingId, "Fietsenstalling Stationsplein");
        DecisionTaken secret = withMeeting(PublicationApi.decision(ProposalId.newId(), DecidingBody.COLLEGE,
                Confidentiality.GEHEIM, null), meetingId, "Grondaankoop Noord");
        api.publish(Topics.MEETING, open);
        api.publish(Topics.MEETING, secret);
        api.publish(Topics.MEETING, new DecisionListAdopted(meetingId, "meeting-next", date.plusDays(7)));
        UUID packageId = UUID.fromString(PublicationApi.publicationId("package", meetingId + ":1"));
        UUID listId = UUID.fromString(PublicationApi.publicationId("decision-list", meetingId));

        // the decisions travel keyed by their proposals, the list by its meeting: whichever comes first, the
        // public list ends up with every openbaar decision (a late decision corrects it) and no other
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from public_publication "
                + "where publication_id = ? and summary like '%Fietsenstalling Stationsplein%'", listId) == 1);
        assertThat(jdbc.queryForObject("select summary from public_publication where publication_id = ?", String.class, listId))
                .doesNotContain("Grondaankoop");
        assertThat(jdbc.queryForObject("select state from publication where publication_id = ?", String.class, packageId))
                .isEqualTo("CANDIDATE");
        assertThat(jdbc.queryForObject("select owner || ' ' || original_sha256 from publication_document where publication_id = ?",
                String.class, packageId)).isEqualTo("meeting " + packagePdf.value());
        assertThat(count("select count(*) from publication where meeting_id = ? and kind = 'MEETING_PACKAGE'", meetingId))
                .as("the internal variant is no candidate").isEqualTo(1);
    }

    @Test
    void aPublicationGoesOnKafkaKeyedByItsProposalAndAWithdrawalRemovesItsDocumentBytes() {
        byte[] pdf = TestPdfs.withMetadata("Kafka " + UUID.randomUUID());
        ContentHash original = LocalDocumentOwner.put(pdf);
        ProposalId proposal = submitted(Confidentiality.OPENBAAR, original, "kafka.pdf");
        DecisionTaken decision = PublicationApi.decision(proposal, DecidingBody.COLLEGE, Confidentiality.OPENBAAR, original);
        UUID id = UUID.fromString(PublicationApi.publicationId("decision", decision.decisionId()));
        api.publish(Topics.MEETING, decision);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from public_publication where publication_id = ?", id) == 1);
        String publicHash = jdbc.queryForObject("select sha256 from public_document where publication_id = ?", String.class, id);

        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                "bootstrap.servers", kafka.getProducerFactory().getConfigurationProperties().get("bootstrap.servers"),
                "group.id", "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.PUBLICATION));
            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> new String(r.value(), UTF_8)
                        .contains(id.toString()));
            });
            var record = seen.stream().filter(r -> new String(r.value(), UTF_8)
                    .contains(id.toString())).findFirst().orElseThrow();
            assertThat(record.key()).isEqualTo(proposal.toString());
            assertThat(new String(record.headers().lastHeader(EventHeaders.EVENT_TYPE).value(),
                    UTF_8)).isEqualTo("PublicationPublished");
            assertThat(new String(record.value(), UTF_8)).contains(publicHash)
                    .doesNotContain(original.value());
        }

        assertThat(api.post("/api/publications/" + id + "/withdraw", "{\"reason\":\"Verkeerde bijlage\"}",
                PublicationApi.bearer(Role.FINAL_EDITOR)).status()).isEqualTo(200);
        assertThat(count("select count(*) from public_publication where publication_id = ?", id)).isZero();
        assertThat(count("select count(*) from public_document_content where sha256 = ?", publicHash)).isZero();
        assertThat(count("select count(*) from public_copy where sha256 = ?", publicHash))
                .as("publication's own copy stays, internal").isEqualTo(1);
    }

    /**
     * A proposal as drafting submitted it, known here before it is decided, as in life: the submission
     * (drafting's topic) and the decision (meeting's) travel on different topics, in no order between them.
     */
    private ProposalId submitted(Confidentiality confidentiality, ContentHash document, String name) {
        ProposalId proposal = api.submitted(confidentiality, document, name);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from audience_proposal where proposal_id = ?", proposal.value()) == 1);
        return proposal;
    }

    private static DecisionTaken withMeeting(DecisionTaken d, String meetingId, String title) {
        return new DecisionTaken(d.proposalId(), d.decisionId(), meetingId, d.body(), d.outcome(), d.version(),
                d.decidedAt(), d.nextBody(), d.agendaItemId(), title, d.decisionText(), d.amendedText(),
                d.confidentiality(), d.meetingDate(), d.documentHashes(), d.followUpActions());
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
