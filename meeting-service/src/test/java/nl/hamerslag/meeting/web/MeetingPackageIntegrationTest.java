package nl.hamerslag.meeting.web;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.drafting.AttachmentKind;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.meeting.AgendaChange;
import nl.hamerslag.contracts.meeting.AgendaChanged;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.AgendaItemKind;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.contracts.meeting.AgendaPublished;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.meeting.command.MeetingPackage;
import nl.hamerslag.meeting.query.meetingpackage.PackageManifest;
import nl.hamerslag.meeting.query.meetingpackage.PackagePdfBuilder;
import nl.hamerslag.meeting.query.meetingpackage.TestPdfs;
import nl.hamerslag.meeting.support.InMemoryPackageDocuments;
import nl.hamerslag.meeting.support.PackageMeetingFixture;
import nl.hamerslag.meeting.support.MeetingIntegrationTest;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@MeetingIntegrationTest
class MeetingPackageIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    PackageMeetingFixture meetings;
    @Autowired
    JsonMapper json;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    InMemoryPackageDocuments drafting;

    private final HttpClient http = HttpClient.newHttpClient();
    private ApiClient api;
    private String meetingId;

    private Manifest.Entry marketMain;
    private Manifest.Entry marketSheet;
    private Manifest.Entry landMain;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://localhost:" + port);
        meetingId = UUID.randomUUID().toString();
        marketMain = stored("main-a", "Raadsvoorstel Marktplein.pdf", "application/pdf", TestPdfs.pdf("Marktplein", 3));
        marketSheet = stored("annex-a", "Begroting Marktplein.ods", "application/vnd.oasis.opendocument.spreadsheet",
                TestPdfs.text("begroting " + meetingId));
        landMain = stored("main-b", "Grondaankoop Noord.pdf", "application/pdf", TestPdfs.pdf("Grondaankoop", 2));
    }

    @Test
    void compilesBothVariantsStoresThemAndAnnouncesEachOnTheMeetingTopic() throws IOException {
        planAndPublish(List.of(opening(), market(marketMain, marketSheet), land()));

        ApiResponse compiled = api.post(packagePath(), null, "Authorization", TestTokens.bearer(Role.SECRETARIAT));

        assertThat(compiled.status()).as(compiled.toString()).isEqualTo(201);
        assertThat(compiled.header("Location")).isEqualTo(packagePath() + "/versions/1");
        assertThat(compiled.json().get("version").asInt()).isEqualTo(1);

        Download internal = download(packagePath() + "/versions/1/internal.pdf", Role.COLLEGE_MEMBER);
        assertThat(internal.status()).isEqualTo(200);
        assertThat(internal.etag()).isEqualTo("\"" + ContentHash.sha256(internal.body()).value() + "\"");
        PackageManifest manifest = PackagePdfBuilder.readManifest(
                download(packagePath() + "/versions/1/internal/manifest.json", Role.COLLEGE_MEMBER).body());
        try (PDDocument pdf = Loader.loadPDF(internal.body())) {
            int agendaPages = manifest.agendaPages();
            assertThat(pdf.getNumberOfPages()).isEqualTo(agendaPages + 5);
            List<PDOutlineItem> bookmarks = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(bookmarks::add);
            assertThat(bookmarks).extracting(PDOutlineItem::getTitle).containsExactly("1. Opening",
                    "2. Herinrichting Marktplein - A (hamerstuk)", "3. Grondaankoop Noord - B (bespreekstuk)");
            assertThat(pageOf(pdf, bookmarks.get(1))).isEqualTo(agendaPages);
            assertThat(pageOf(pdf, bookmarks.get(2))).isEqualTo(agendaPages + 3);
            assertThat(text(pdf, agendaPages + 4)).contains("Grondaankoop pagina 1");
        }
        assertThat(manifest.pdfSha256()).isEqualTo(ContentHash.sha256(internal.body()).value());
        assertThat(manifest.documents()).extracting(PackageManifest.Document::sha256).containsExactly(
                marketMain.sha256().value(), marketSheet.sha256().value(), landMain.sha256().value());
        assertThat(manifest.documents()).extracting(PackageManifest.Document::mergedIntoPdf).containsExactly(true, false, true);

        Download publicPdf = download(packagePath() + "/versions/1/public.pdf", Role.COUNCIL_MEMBER);
        assertThat(publicPdf.status()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(publicPdf.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Herinrichting Marktplein").doesNotContain("Grondaankoop");
        }

        assertThat(published(meetingId, 2)).extracting(r -> json.readTree(r.value()).get("variant").asString())
                .containsExactlyInAnyOrder("INTERNAL", "PUBLIC");
    }

    @Test
    void theInternalVariantIsForTheCollegesCircleOnlyThePublicOneForEveryone() {
        planAndPublish(List.of(opening(), market(marketMain), land()));
        assertThat(api.post(packagePath(), null, "Authorization", TestTokens.bearer(Role.SECRETARIAT)).status()).isEqualTo(201);
        String internal = packagePath() + "/versions/1/internal.pdf";

        for (Role reader : List.of(Role.COLLEGE_MEMBER, Role.SECRETARIAT, Role.MUNICIPAL_SECRETARY, Role.AUDITOR)) {
            assertThat(download(internal, reader).status()).as(reader.name()).isEqualTo(200);
        }
        for (Role outsider : List.of(Role.COUNCIL_MEMBER, Role.CLERK, Role.AUTHOR, Role.MANAGER)) {
            assertThat(download(internal, outsider).status()).as(outsider.name()).isEqualTo(404);
            assertThat(download(packagePath() + "/versions/1/internal/manifest.json", outsider).status()).isEqualTo(404);
            assertThat(download(packagePath() + "/versions/1/public.pdf", outsider).status()).isEqualTo(200);
        }
        JsonNode versions = api.get(packagePath() + "/versions", "Authorization", TestTokens.bearer(Role.COUNCIL_MEMBER)).json();
        assertThat(versions.get(0).get("variants")).hasSize(1);
        assertThat(versions.get(0).get("variants").get(0).get("variant").asString()).isEqualTo("PUBLIC");
    }

    @Test
    void aLateDocumentMakesANewVersionThatNamesItAndKeepsTheEarlierOne() throws IOException {
        planAndPublish(List.of(opening(), market(marketMain), land()));
        assertThat(api.post(packagePath(), null, "Authorization", TestTokens.bearer(Role.SECRETARIAT)).status()).isEqualTo(201);
        Download first = download(packagePath() + "/versions/1/public.pdf", Role.AUTHOR);

        Manifest.Entry advice = stored("annex-advice", "Nagekomen advies.pdf", "application/pdf", TestPdfs.pdf("Advies", 1));
        append(new AgendaChanged(meetingId, DecidingBody.COLLEGE, AgendaChange.MARKED, "item-2", "nagekomen stuk",
                List.of(opening(), market(marketMain, advice), land())));
        await().atMost(PATIENCE).until(() -> agendaHolds(advice.sha256()));
        String key = UUID.randomUUID().toString();
        ApiResponse second = api.post(packagePath(), null, "Authorization", TestTokens.bearer(Role.SECRETARIAT),
                "Idempotency-Key", key);
        ApiResponse retried = api.post(packagePath(), null, "Authorization", TestTokens.bearer(Role.SECRETARIAT),
                "Idempotency-Key", key);

        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.json().get("version").asInt()).isEqualTo(2);
        PackageManifest manifest = PackagePdfBuilder.readManifest(
                download(packagePath() + "/versions/2/public/manifest.json", Role.AUTHOR).body());
        assertThat(manifest.previousVersion()).isEqualTo(1);
        assertThat(manifest.addendum()).containsExactly(advice.sha256().value());
        try (PDDocument pdf = Loader.loadPDF(download(packagePath() + "/versions/2/public.pdf", Role.AUTHOR).body())) {
            assertThat(text(pdf, 1)).contains("Addendum op versie 1", "Nagekomen advies.pdf");
        }
        Download againFirst = download(packagePath() + "/versions/1/public.pdf", Role.AUTHOR);
        assertThat(againFirst.body()).isEqualTo(first.body());
        assertThat(download(packagePath() + "/versions/1/public.pdf", Role.AUTHOR, first.etag()).status()).isEqualTo(304);
        JsonNode versions = api.get(packagePath() + "/versions", "Authorization", TestTokens.bearer(Role.COLLEGE_MEMBER)).json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("variants").get(0).get("newDocuments").asInt()).isEqualTo(1);
    }

    @Test
    void aCouncilPackageIsCompiledByTheClerkAndItsInternalVariantReadByCouncilMembers() {
        planAndPublish(DecidingBody.COUNCIL, List.of(opening(), market(marketMain), land()));

        assertThat(api.post(packagePath(), null, "Authorization", TestTokens.bearer(Role.SECRETARIAT)).status()).isEqualTo(403);
        assertThat(api.post(packagePath(), null, "Authorization", TestTokens.bearer(Role.CLERK)).status()).isEqualTo(201);

        for (Role reader : List.of(Role.COUNCIL_MEMBER, Role.CLERK, Role.COLLEGE_MEMBER, Role.AUDITOR)) {
            assertThat(download(packagePath() + "/versions/1/internal.pdf", reader).status()).as(reader.name()).isEqualTo(200);
        }
        assertThat(download(packagePath() + "/versions/1/internal.pdf", Role.AUTHOR).status()).isEqualTo(404);
    }

    @Test
    void aDocumentWhoseBytesDoNotMatchItsHashFailsTheCompileNamingItAndNothingIsKept() {
        planAndPublish(List.of(opening(), market(marketMain), land()));
        drafting.corrupt(landMain.sha256(), TestPdfs.pdf("Vervalst", 2));

        ApiResponse refused = api.post(packagePath(), null, "Authorization", TestTokens.bearer(Role.SECRETARIAT));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("Grondaankoop Noord.pdf", "agenda item 3",
                landMain.sha256().value());
        assertNothingKept();
    }

    @Test
    void aDocumentTheOwnerCannotGiveIs503NamingItAndNothingIsKept() {
        Manifest.Entry missing = new Manifest.Entry("main-x", AttachmentKind.MAIN, "Ontbrekend.pdf", "application/pdf", 10,
                ContentHash.sha256("never stored " + meetingId));
        planAndPublish(List.of(opening(), market(missing)));

        ApiResponse refused = api.post(packagePath(), null, "Authorization", TestTokens.bearer(Role.SECRETARIAT));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
        assertThat(refused.json().get("detail").asString()).contains("Ontbrekend.pdf");
        assertNothingKept();
    }

    @Test
    void onlyTheSecretariatCompilesACollegePackageAndOnlyFromAPublishedAgenda() {
        plan();

        assertThat(api.post(packagePath(), null, "Authorization", TestTokens.bearer(Role.SECRETARIAT)).status()).isEqualTo(409);
        assertThat(api.post(packagePath(), null, "Authorization", TestTokens.bearer(Role.CLERK)).status()).isEqualTo(403);
        assertThat(api.post(packagePath(), null, "Authorization", TestTokens.bearer(Role.COLLEGE_MEMBER)).status()).isEqualTo(403);
        assertThat(api.post("/api/meetings/" + UUID.randomUUID() + "/package", null, "Authorization",
                TestTokens.bearer(Role.SECRETARIAT)).status()).isEqualTo(404);
        assertNothingKept();
    }

    @Test
    void theDecisionListPdfShowsTheMeetingsDecisionsInDutchAndOnlyPublicOnesOutsideTheCircle() throws IOException {
        planAndPublish(List.of(opening(), market(marketMain), land()));
        append(decision("item-2", "Herinrichting Marktplein", DecisionOutcome.AS_PROPOSED, Confidentiality.OPENBAAR));
        append(decision("item-3", "Grondaankoop Noord", DecisionOutcome.POSTPONED, Confidentiality.VERTROUWELIJK));
        await().atMost(PATIENCE).until(() -> decisionsKnown() == 2);

        Download full = download("/api/meetings/" + meetingId + "/decision-list.pdf", Role.COLLEGE_MEMBER);
        Download outside = download("/api/meetings/" + meetingId + "/decision-list.pdf", Role.COUNCIL_MEMBER);

        assertThat(full.status()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(full.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Besluitenlijst", "2. Herinrichting Marktplein",
                    "Besluit: conform", "3. Grondaankoop Noord", "Besluit: aangehouden");
        }
        try (PDDocument pdf = Loader.loadPDF(outside.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("2. Herinrichting Marktplein").doesNotContain("Grondaankoop");
        }
        assertThat(download("/api/meetings/" + UUID.randomUUID() + "/decision-list.pdf", Role.COLLEGE_MEMBER).status())
                .isEqualTo(404);
    }

    // --- the meeting, its agenda and its decisions as the Meeting aggregate's stream would hold them

    private void plan() {
        meetings.plan(meetingId, DecidingBody.COLLEGE);
    }

    private void planAndPublish(List<AgendaEntry> agenda) {
        planAndPublish(DecidingBody.COLLEGE, agenda);
    }

    private void planAndPublish(DecidingBody body, List<AgendaEntry> agenda) {
        meetings.planAndPublish(meetingId, body, agenda);
    }

    private void append(Object payload) {
        meetings.append(meetingId, payload);
    }

    private Manifest.Entry stored(String id, String name, String mediaType, byte[] bytes) {
        drafting.put(bytes);
        return TestPdfs.entry(id, name, mediaType, bytes);
    }

    private static AgendaEntry opening() {
        return new AgendaEntry("item-1", 1, AgendaItemKind.OPENING, "Opening", null, null, false, null, List.of());
    }

    private static AgendaEntry market(Manifest.Entry... documents) {
        return new AgendaEntry("item-2", 2, AgendaItemKind.PROPOSAL, "Herinrichting Marktplein", ProposalId.newId(),
                AgendaItemType.HAMMER_ITEM, false, Confidentiality.OPENBAAR, List.of(documents));
    }

    private AgendaEntry land() {
        return new AgendaEntry("item-3", 3, AgendaItemKind.PROPOSAL, "Grondaankoop Noord", ProposalId.newId(),
                AgendaItemType.DEBATE_ITEM, true, Confidentiality.VERTROUWELIJK, List.of(landMain));
    }

    private DecisionTaken decision(String itemId, String title, DecisionOutcome outcome, Confidentiality confidentiality) {
        return new DecisionTaken(ProposalId.newId(), UUID.randomUUID().toString(), meetingId, DecidingBody.COLLEGE, outcome,
                ContentHash.sha256(title), Instant.now(), null, itemId, title, "Besluit over " + title, null,
                confidentiality, LocalDate.of(2026, 12, 8), List.of(), List.of());
    }

    // --- reading back

    private String packagePath() {
        return "/api/meetings/" + meetingId + "/package";
    }

    private boolean agendaHolds(ContentHash document) {
        return count("select count(*) from package_meeting where meeting_id = ? and agenda::text like ?", meetingId,
                "%" + document.value() + "%") == 1;
    }

    private long decisionsKnown() {
        return count("select count(*) from decision_list_pdf_entry where meeting_id = ?", meetingId);
    }

    private long count(String sql, Object... args) {
        return meetings.count(sql, args);
    }

    private void assertNothingKept() {
        assertThat(count("select count(*) from meeting_package where meeting_id = ?", meetingId)).isZero();
        assertThat(count("select count(*) from domain_event_entry where aggregate_identifier = ?",
                MeetingPackage.idFor(meetingId))).isZero();
        ApiResponse versions = api.get(packagePath() + "/versions", "Authorization", TestTokens.bearer(Role.SECRETARIAT));
        assertThat(versions.status()).isEqualTo(200);
        assertThat(versions.json()).isEmpty();
        assertThat(download(packagePath() + "/versions/1/public.pdf", Role.SECRETARIAT).status()).isEqualTo(404);
    }

    private record Download(int status, byte[] body, String etag) {
    }

    private Download download(String path, Role role) {
        return download(path, role, null);
    }

    private Download download(String path, Role role, String ifNoneMatch) {
        var request = ifNoneMatch == null ? api.request(path, "Authorization", TestTokens.bearer(role))
                : api.request(path, "Authorization", TestTokens.bearer(role), "If-None-Match", ifNoneMatch);
        try {
            HttpResponse<byte[]> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int pageOf(PDDocument pdf, PDOutlineItem bookmark) throws IOException {
        return pdf.getPages().indexOf(((PDPageDestination) bookmark.getDestination()).getPage());
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    /** The MeetingPackageCompiled records of the meeting on the meeting topic, once {@code expected} have arrived. */
    private List<ConsumerRecord<String, byte[]>> published(String meetingId, int expected) {
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(
                KafkaTestUtils.consumerProps(broker, "meeting-package-test-" + UUID.randomUUID(), false),
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.MEETING);
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            await().atMost(PATIENCE).until(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(r -> {
                    var type = r.headers().lastHeader(EventHeaders.EVENT_TYPE);
                    if (meetingId.equals(r.key()) && type != null
                            && "MeetingPackageCompiled".equals(new String(type.value(), StandardCharsets.UTF_8))) {
                        found.add(r);
                    }
                });
                return found.size() >= expected;
            });
            return found;
        }
    }
}
