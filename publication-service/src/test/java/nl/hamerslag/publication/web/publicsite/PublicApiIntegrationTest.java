package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.publication.support.CatalogueTestRows;
import nl.hamerslag.publication.support.ChannelsTestBase;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PublicApiIntegrationTest extends ChannelsTestBase {

    @Test
    void aPublicRowIsFoundByItsWordsAndByIdWithItsDocumentsWithoutAToken() {
        String word = uniqueWord();
        UUID id = rows.publication("DECISION", "Besluit over het fietspad " + word).summary("Het college besluit.")
                .document("besluit.pdf", "%PDF-1.4 " + word).insert();

        JsonNode found = client.get("/api/public/publications?q=" + word).json();
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("id").asString()).isEqualTo(id.toString());

        ApiResponse one = client.get("/api/public/publications/" + id);
        assertThat(one.status()).isEqualTo(200);
        JsonNode document = one.json().get("documents").get(0);
        assertThat(document.get("name").asString()).isEqualTo("besluit.pdf");
        assertThat(document.get("url").asString()).isEqualTo("/api/public/documents/" + document.get("sha256").asString());
        assertThat(client.get("/api/public/decisions/" + id).status()).isEqualTo(200);
    }

    @Test
    void searchCombinesBodyCategoryAndDateRangeNewestFirstWithTotals() {
        String word = uniqueWord();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID older = rows.publication("DECISION", "Ouder " + word).publishedAt(now.minus(3, ChronoUnit.DAYS))
                .adoptedOn(LocalDate.of(2026, 1, 10)).insert();
        UUID newer = rows.publication("DECISION", "Nieuwer " + word).publishedAt(now.minus(1, ChronoUnit.DAYS))
                .adoptedOn(LocalDate.of(2026, 2, 10)).insert();
        UUID council = rows.publication("AGENDA", "Raad " + word).body("COUNCIL", "Gemeenteraad")
                .category(CatalogueTestRows.AGENDAS, "agenda’s en besluitenlijsten bestuurscolleges").publishedAt(now).insert();

        assertThat(ids("/api/public/publications?q=" + word)).containsExactly(council, newer, older);
        assertThat(ids("/api/public/publications?q=" + word + "&body=COUNCIL")).containsExactly(council);
        assertThat(ids("/api/public/publications?q=" + word + "&category=c_3a248e3a")).containsExactly(council);
        assertThat(ids("/api/public/publications?q=" + word + "&category=" + CatalogueTestRows.MEETING_DOCUMENTS))
                .containsExactly(newer, older);
        assertThat(ids("/api/public/publications?q=" + word + "&dateField=adopted&from=2026-02-01&to=2026-02-28"))
                .containsExactly(newer);
        assertThat(ids("/api/public/decisions?q=" + word)).containsExactly(newer, older);

        JsonNode second = client.get("/api/public/publications?q=" + word + "&size=2&page=2").json();
        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(second.get("totalPages").asInt()).isEqualTo(2);
        assertThat(second.get("items").get(0).get("id").asString()).isEqualTo(older.toString());
    }

    @Test
    void anIdInNoTableIs404OnEveryEndpointWithOneAndTheSameAnswer() {
        UUID unknown = UUID.randomUUID();
        UUID otherUnknown = UUID.randomUUID();

        ApiResponse first = client.get("/api/public/publications/" + unknown);
        ApiResponse second = client.get("/api/public/publications/" + otherUnknown);
        assertThat(first.status()).isEqualTo(404);
        assertThat(first.contentType()).startsWith("application/problem+json");
        assertThat(first.json().get("detail")).isEqualTo(second.json().get("detail"));
        assertThat(first.json().get("title")).isEqualTo(second.json().get("title"));
        for (String path : List.of("/api/public/decisions/" + unknown, "/openbaar/publicaties/" + unknown,
                "/api/public/meetings/" + unknown, "/openbaar/vergaderingen/" + unknown,
                "/api/public/documents/" + "a".repeat(64))) {
            ApiResponse response = client.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void aPublicationThatIsNoDecisionIsNotFoundAsADecision() {
        UUID agenda = rows.publication("AGENDA", "Agenda " + uniqueWord()).insert();

        assertThat(client.get("/api/public/decisions/" + agenda).status()).isEqualTo(404);
        assertThat(client.get("/api/public/publications/" + agenda).status()).isEqualTo(200);
    }

    @Test
    void parametersThatCannotBeUsedAre400ThatSayWhatToSend() {
        expectRefused("/api/public/publications?page=-1", "page: use a whole number from 1");
        expectRefused("/api/public/publications?size=10000", "size: use a whole number from 1 to 100");
        expectRefused("/api/public/publications?from=2026-03-01&to=2026-02-01", "from (2026-03-01) is after to (2026-02-01)");
        expectRefused("/api/public/publications?from=1-3-2026", "from: use a date as yyyy-mm-dd");
        expectRefused("/api/public/publications?to=0001-01-01", "to: use a date between 1900-01-01 and 9999-12-31");
        expectRefused("/api/public/publications?category=c_nothing", "category: use the TOOI code");
        expectRefused("/api/public/decisions?body=MAYOR", "body: use one of [COLLEGE, COMMITTEE, COUNCIL]");
        expectRefused("/api/public/publications?dateField=yesterday", "dateField: use 'published'");
        expectRefused("/api/public/meetings?page=abc", "page: use a whole number from 1");
        expectRefused("/api/public/withdrawals?size=0", "size: use a whole number from 1 to 100");
        expectRefused("/api/public/documents/not-a-hash", "sha256: use the 64 hexadecimal characters");
    }

    @Test
    void aDocumentIsServedByItsHashWithTypeETagAndNameOnlyWhileAPublicRowNamesIt() {
        String word = uniqueWord();
        var row = rows.publication("DECISION", "Met bijlage " + word).document("Besluit fietspad (definitief).pdf",
                "%PDF-1.4 " + word);
        row.insert();
        String hash = row.documentHash();

        HttpResponse<byte[]> document = client.download("/api/public/documents/" + hash);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).asString().isEqualTo("%PDF-1.4 " + word);
        assertThat(document.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(document.headers().firstValue("ETag")).hasValue("\"" + hash + "\"");
        assertThat(document.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline").contains("Besluit");
        assertThat(client.download("/api/public/documents/" + hash, "If-None-Match", "\"" + hash + "\"").statusCode())
                .isEqualTo(304);

        byte[] unnamed = ("%PDF-1.4 stored but named by no public publication " + word).getBytes();
        jdbc.update("insert into public_document_content (sha256, media_type, content) values (?, 'application/pdf', ?)",
                CatalogueTestRows.sha256(unnamed), unnamed);
        assertThat(client.get("/api/public/documents/" + CatalogueTestRows.sha256(unnamed)).status()).isEqualTo(404);
    }

    @Test
    void aMeetingIsDerivedFromThePublicRowsThatNameIt() {
        String meeting = "college-" + uniqueWord();
        UUID agenda = rows.publication("AGENDA", "Agenda").meeting(meeting, LocalDate.of(2026, 3, 10))
                .category(CatalogueTestRows.AGENDAS, "agenda’s en besluitenlijsten bestuurscolleges").insert();
        UUID decision = rows.publication("DECISION", "Besluit").meeting(meeting, LocalDate.of(2026, 3, 10)).insert();

        JsonNode found = client.get("/api/public/meetings/" + meeting).json();
        assertThat(found.get("meetingDate").asString()).isEqualTo("2026-03-10");
        assertThat(found.get("publications").valueStream().map(p -> p.get("id").asString()))
                .containsExactlyInAnyOrder(agenda.toString(), decision.toString());
        assertThat(client.get("/api/public/meetings?size=100").json().get("items").valueStream()
                .map(m -> m.get("meetingId").asString())).contains(meeting);
    }

    private void expectRefused(String path, String saying) {
        ApiResponse response = client.get(path);
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).as(path).contains(saying);
    }

    private List<UUID> ids(String path) {
        ApiResponse response = client.get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(p -> UUID.fromString(p.get("id").asString())).toList();
    }
}
