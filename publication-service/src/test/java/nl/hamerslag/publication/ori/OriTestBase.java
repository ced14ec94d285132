package nl.hamerslag.publication.ori;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.contracts.publication.PublicationSource;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.publication.command.CandidateContent;
import nl.hamerslag.publication.command.CandidateDocument;
import nl.hamerslag.publication.command.PublicationMode;
import nl.hamerslag.publication.command.RegisterCandidate;
import nl.hamerslag.publication.command.ReviseCandidate;
import nl.hamerslag.publication.document.PublicCopies;
import nl.hamerslag.publication.support.LocalDocumentOwner;
import nl.hamerslag.publication.support.PublicationApi;
import nl.hamerslag.publication.support.PublicationIntegrationTest;
import nl.hamerslag.publication.support.TestPdfs;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Publications made the way publication makes them (its own commands), and the ORI API read as a citizen. */
@PublicationIntegrationTest
abstract class OriTestBase {

    static final String CATEGORY = "https://identifier.overheid.nl/tooi/def/thes/kern/c_db4862c3";
    static final String ORGANISATION = "https://identifier.overheid.nl/tooi/id/gemeente/gm0344";
    static final String EDITOR = PublicationApi.bearer(Role.FINAL_EDITOR);

    @Autowired
    CommandGateway commands;
    @Autowired
    PublicCopies copies;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    ApiClient citizen;
    PublicationApi api;

    @BeforeEach
    void clients() {
        citizen = new ApiClient("http://127.0.0.1:" + port);
        api = new PublicationApi(port, kafka);
    }

    /** A council agenda, published at once (agendas of the council are AUTOMATIC): "1. title" a line. */
    String agenda(String meetingId, LocalDate date, String... titles) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < titles.length; i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(titles[i]);
        }
        return register(PublicationKind.AGENDA, new PublicationSource(meetingId, null, null, null), DecidingBody.COUNCIL,
                date, "Agenda gemeenteraad " + date, text.toString(), Confidentiality.OPENBAAR, List.of());
    }

    /** A council decision with one PDF, published at once. */
    String decision(String meetingId, LocalDate date, String title, String text) {
        ContentHash hash = LocalDocumentOwner.put(TestPdfs.withMetadata("Besluit " + title));
        CandidateDocument document = copies.copy(ServiceCatalog.DRAFTING, hash, "raadsbesluit.pdf", PublicCopies.PDF);
        return register(PublicationKind.DECISION, new PublicationSource(meetingId, "decision-" + UUID.randomUUID(), null,
                null), DecidingBody.COUNCIL, date, title, text, Confidentiality.OPENBAAR, List.of(document));
    }

    String register(PublicationKind kind, PublicationSource source, DecidingBody body, LocalDate date, String title,
                    String text, Confidentiality confidentiality, List<CandidateDocument> documents) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterCandidate(id, content(kind, source, body, date, title, text, confidentiality,
                documents), PublicationMode.AUTOMATIC, Caller.system("publication")));
        return id;
    }

    void revise(String id, PublicationKind kind, PublicationSource source, DecidingBody body, LocalDate date,
                String title, String text, Confidentiality confidentiality, List<CandidateDocument> documents) {
        commands.sendAndWait(new ReviseCandidate(id, content(kind, source, body, date, title, text, confidentiality,
                documents), "De bron is gewijzigd", Caller.system("publication")));
    }

    static CandidateContent content(PublicationKind kind, PublicationSource source, DecidingBody body, LocalDate date,
                                    String title, String text, Confidentiality confidentiality,
                                    List<CandidateDocument> documents) {
        return new CandidateContent(kind, source, body, date, title, text, confidentiality, CATEGORY, ORGANISATION,
                documents);
    }

    ApiResponse ok(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    /** Every record of the feed from the start, page by page as a reader follows the cursor. */
    List<JsonNode> wholeFeed() {
        List<JsonNode> records = new ArrayList<>();
        String cursor = null;
        while (true) {
            JsonNode page = ok(citizen.get("/api/public/ori/v1/feed?limit=500" + (cursor == null ? "" : "&cursor=" + cursor)))
                    .json();
            page.get("records").forEach(records::add);
            cursor = page.get("cursor").asString();
            if (!page.get("hasMore").asBoolean()) {
                return records;
            }
        }
    }
}
