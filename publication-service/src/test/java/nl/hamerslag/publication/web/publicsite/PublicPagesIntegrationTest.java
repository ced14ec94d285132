package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.publication.support.ChannelsTestBase;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PublicPagesIntegrationTest extends ChannelsTestBase {

    @Test
    void theSearchPageFindsAPublicationAndLinksToItsPageWithoutAToken() {
        String word = uniqueWord();
        UUID id = rows.publication("DECISION", "Besluit <script>alert(1)</script> " + word).insert();

        ApiResponse page = browse("/openbaar?q=" + word);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"nl\">").contains("1 publicatie gevonden")
                .contains("href=\"/openbaar/publicaties/" + id + "\"")
                .contains("&lt;script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void aDecisionPageShowsItsFactsAndDocumentsAndLinksItsMeeting() {
        String meeting = "raad-" + uniqueWord();
        UUID id = rows.publication("DECISION", "Besluit over de begroting").summary("De raad stelt de begroting vast.")
                .body("COUNCIL", "Gemeenteraad").meeting(meeting, LocalDate.of(2026, 3, 12))
                .adoptedOn(LocalDate.of(2026, 3, 12)).document("begroting.pdf", "%PDF-1.4 begroting").insert();

        String page = browse("/openbaar/publicaties/" + id).body();

        assertThat(page).contains("<h1>Besluit over de begroting</h1>").contains("Vastgesteld op</dt><dd>12 maart 2026")
                .contains("begroting.pdf downloaden").contains("href=\"/openbaar/vergaderingen/" + meeting + "\"");
        String meetingPage = browse("/openbaar/vergaderingen/" + meeting).body();
        assertThat(meetingPage).contains("<h1>Vergadering van Gemeenteraad op 12 maart 2026</h1>")
                .contains("<h2>Besluiten</h2>").contains("begroting.pdf downloaden");
    }

    @Test
    void aBrowserGetsADutchPageForWhatIsNotThereAndAProgramGetsAProblem() {
        ApiResponse browser = browse("/openbaar/publicaties/" + UUID.randomUUID());
        assertThat(browser.status()).isEqualTo(404);
        assertThat(browser.contentType()).startsWith("text/html");
        assertThat(browser.body()).contains("<h1>Niet gevonden</h1>");

        ApiResponse program = client.get("/openbaar/publicaties/" + UUID.randomUUID());
        assertThat(program.status()).isEqualTo(404);
        assertThat(program.contentType()).startsWith("application/problem+json");
        assertThat(browse("/openbaar/publicaties/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void aSearchThatCannotBeUsedShowsTheFormAgainWithTheProblemAtTheField() {
        ApiResponse page = browse("/openbaar?from=31-12-2026&q=fiets");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Pas uw zoekopdracht aan")
                .contains("Vanaf: vul een datum in als jjjj-mm-dd")
                .contains("aria-invalid=\"true\"").contains("value=\"fiets\"");
        assertThat(client.get("/openbaar?from=31-12-2026").contentType()).startsWith("application/problem+json");
    }
}
