package nl.hamerslag.publication.web;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.contracts.publication.PublicationSource;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.publication.command.CandidateContent;
import nl.hamerslag.publication.command.PublicationMode;
import nl.hamerslag.publication.command.RegisterCandidate;
import nl.hamerslag.publication.support.PublicationApi;
import nl.hamerslag.publication.support.PublicationIntegrationTest;
import nl.hamerslag.publication.support.TestPdfs;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.MovableClock;
import nl.hamerslag.test.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The final editor's API over HTTP on the real parts, each refusal with the status its rule gives. */
@PublicationIntegrationTest
class EditorApiIntegrationTest {

    static final String EDITOR = PublicationApi.bearer(Role.FINAL_EDITOR);
    static final String ORGANISATION = "https://identifier.overheid.nl/tooi/id/gemeente/gm0344";
    static final String CATEGORY = "https://identifier.overheid.nl/tooi/def/thes/kern/c_816e508d";

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    MovableClock clock;

    PublicationApi api;

    @BeforeEach
    void api() {
        api = new PublicationApi(port, kafka);
    }

    String candidate(Confidentiality confidentiality) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterCandidate(id, new CandidateContent(PublicationKind.AGENDA,
                new PublicationSource("meeting-" + id, null, null, null), DecidingBody.COUNCIL, LocalDate.now(),
                "Agenda gemeenteraad " + id, "1. Opening", confidentiality, CATEGORY, ORGANISATION, List.of()),
                PublicationMode.EDITOR, Caller.system("publication")));
        return id;
    }

    long publicRows(String id) {
        return jdbc.queryForObject("select count(*) from public_publication where publication_id = ?::uuid", Long.class, id);
    }

    @Test
    void theQueueShowsWhatWaitsForTheEditorOldestFirst() {
        String first = candidate(Confidentiality.OPENBAAR);
        String second = candidate(Confidentiality.OPENBAAR);

        ApiResponse queue = api.get("/api/publications/queue", EDITOR);

        assertThat(queue.status()).isEqualTo(200);
        List<String> ids = queue.json().valueStream().map(n -> n.get("publicationId").asString()).toList();
        assertThat(ids).containsSubsequence(first, second);
        assertThat(api.get("/api/publications/queue", PublicationApi.bearer(Role.AUTHOR)).status()).isEqualTo(403);
    }

    @Test
    void theEditorPublishesNowAndThePublicationIsOnTheCatalogueAtOnce() {
        String id = candidate(Confidentiality.OPENBAAR);

        ApiResponse published = api.post("/api/publications/" + id + "/publish", "", EDITOR);

        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(publicRows(id)).isEqualTo(1);
    }

    @Test
    void aCandidateThatIsNotOpenbaarIsNotPublishedWithoutARedactedVersion() {
        String id = candidate(Confidentiality.BEPERKT_OPENBAAR);

        ApiResponse refused = api.post("/api/publications/" + id + "/publish", "", EDITOR);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(publicRows(id)).isZero();
    }

    @Test
    void onlyTheFinalEditorActsAndWhoMayNotSeeItGets404() {
        String id = candidate(Confidentiality.OPENBAAR);
        String intern = candidate(Confidentiality.INTERN);

        assertThat(api.post("/api/publications/" + id + "/publish", "", PublicationApi.bearer(Role.SECRETARIAT)).status())
                .isEqualTo(403);
        assertThat(api.get("/api/publications/" + intern, "Bearer " + TestTokens.forUser("ria.raadslid", "Ria", "Raad",
                Role.COUNCIL_MEMBER)).status()).isEqualTo(404);
        assertThat(api.get("/api/publications/" + intern, PublicationApi.bearer(Role.ADMIN)).status()).isEqualTo(200);
        assertThat(api.get("/api/publications/" + UUID.randomUUID(), EDITOR).status()).isEqualTo(404);
    }

    @Test
    void aMomentInThePastCannotBeScheduled() {
        String id = candidate(Confidentiality.OPENBAAR);

        ApiResponse past = api.post("/api/publications/" + id + "/schedule",
                "{\"at\":\"" + clock.instant().minus(Duration.ofMinutes(1)) + "\"}", EDITOR);

        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("detail").asString()).contains("not in the future");
        ApiResponse future = api.post("/api/publications/" + id + "/schedule",
                "{\"at\":\"" + clock.instant().plus(Duration.ofHours(2)) + "\"}", EDITOR);
        assertThat(future.status()).isEqualTo(200);
        assertThat(future.json().get("state").asString()).isEqualTo("SCHEDULED");
    }

    @Test
    void aRedactedVersionIsPublishedStrippedOfItsMetadataWhileTheOriginalStaysInternal() throws Exception {
        String id = candidate(Confidentiality.BEPERKT_OPENBAAR);
        byte[] redacted = TestPdfs.withMetadata("Gelakte versie " + id);

        ApiResponse response = api.uploadRedacted("/api/publications/" + id + "/redacted", "agenda-gelakt.pdf", redacted,
                "[{\"document\":\"agenda-gelakt.pdf\",\"page\":1,\"ground\":\"5.1.2e\",\"description\":\"naam\"}]", EDITOR);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("redacted").asBoolean()).isTrue();
        assertThat(response.json().get("redactions").get(0).get("ground").asString()).isEqualTo("5.1.2e");
        String sha256 = jdbc.queryForObject("select sha256 from public_document where publication_id = ?::uuid",
                String.class, id);
        byte[] served = jdbc.queryForObject("select content from public_document_content where sha256 = ?", byte[].class, sha256);
        try (PDDocument document = Loader.loadPDF(served)) {
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
            assertThat(document.getDocumentInformation().getProducer()).isNull();
            assertThat(document.getDocumentInformation().getTitle()).isNull();
            assertThat(document.getDocumentInformation().getCustomMetadataValue("Reviewer")).isNull();
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
            assertThat(document.getPage(0).getMetadata()).isNull();
            assertThat(document.getPage(0).getAnnotations()).isEmpty();
        }
        assertThat(jdbc.queryForObject("select count(*) from redacted_upload where sha256 = ?", Long.class,
                nl.hamerslag.contracts.ContentHash.sha256(redacted).value())).as("the upload as it was, internal").isEqualTo(1);
    }

    @Test
    void aRedactedUploadThatIsNotAPdfIs415AndARedactionWithoutAGroundIs400() {
        String id = candidate(Confidentiality.BEPERKT_OPENBAAR);

        ApiResponse notPdf = api.uploadRedacted("/api/publications/" + id + "/redacted", "agenda.docx",
                "PK\u0003\u0004 not a pdf".getBytes(), "[{\"ground\":\"5.1.2e\"}]", EDITOR);
        ApiResponse noGround = api.uploadRedacted("/api/publications/" + id + "/redacted", "agenda.pdf",
                TestPdfs.withMetadata("x"), "[{\"document\":\"agenda.pdf\",\"description\":\"naam\"}]", EDITOR);

        assertThat(notPdf.status()).isEqualTo(415);
        assertThat(noGround.status()).isEqualTo(400);
        assertThat(noGround.json().get("detail").asString()).contains("redactions[0].ground");
        assertThat(publicRows(id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from publication_redaction where publication_id = ?::uuid",
                Long.class, id)).isZero();
    }

    @Test
    void aPublicationIsWithdrawnOnceAndIsThenGoneWithANoticeLeft() {
        String id = candidate(Confidentiality.OPENBAAR);
        api.post("/api/publications/" + id + "/publish", "", EDITOR);

        ApiResponse first = api.post("/api/publications/" + id + "/withdraw", "{\"reason\":\"Onjuiste datum\"}", EDITOR);
        ApiResponse second = api.post("/api/publications/" + id + "/withdraw", "{\"reason\":\"Nog eens\"}", EDITOR);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(publicRows(id)).isZero();
        assertThat(jdbc.queryForObject("select reason from public_withdrawal where publication_id = ?::uuid", String.class, id))
                .isEqualTo("Onjuiste datum");
    }

    @Test
    void aCorrectionReplacesThePublicVersionAndBothStayInTheHistory() {
        String id = candidate(Confidentiality.OPENBAAR);
        api.post("/api/publications/" + id + "/publish", "", EDITOR);

        ApiResponse corrected = api.post("/api/publications/" + id + "/correct",
                "{\"title\":\"Agenda (gecorrigeerd)\",\"text\":\"1. Opening\\n2. Vragenuur\",\"reason\":\"Vragenuur vergeten\"}",
                EDITOR);

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("versions")).hasSize(2);
        assertThat(jdbc.queryForObject("select title from public_publication where publication_id = ?::uuid", String.class, id))
                .isEqualTo("Agenda (gecorrigeerd)");
        assertThat(jdbc.queryForObject("select version from public_publication where publication_id = ?::uuid", Integer.class, id))
                .isEqualTo(2);
    }

    @Test
    void aRefusalNamesItsWooGround() {
        String id = candidate(Confidentiality.INTERN);

        ApiResponse without = api.post("/api/publications/" + id + "/refuse", "{\"explanation\":\"liever niet\"}", EDITOR);
        ApiResponse with = api.post("/api/publications/" + id + "/refuse",
                "{\"ground\":\"5.2.1\",\"explanation\":\"Intern beraad\"}", EDITOR);

        assertThat(without.status()).isEqualTo(400);
        assertThat(with.status()).isEqualTo(200);
        assertThat(with.json().get("refusalGround").asString()).isEqualTo("5.2.1");
    }
}
