package nl.hamerslag.publication.ori;

import com.atlassian.oai.validator.report.ValidationReport;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.meeting.GroupResult;
import nl.hamerslag.contracts.meeting.VoteResult;
import nl.hamerslag.contracts.meeting.VoteSubject;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.contracts.publication.PublicationSource;
import nl.hamerslag.publication.vote.VoteSummary;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ORI resources answer as the ORI API 2.0.0-beta.4 (and, for the three mini-ORI resources, mini-ORI)
 * describes them, checked by a real OpenAPI validator against the published documents; and they show what
 * is published openbaar, and nothing else.
 */
class OriResourcesIntegrationTest extends OriTestBase {

    static OriSpecification ori;
    static OriSpecification mini;

    @BeforeAll
    static void specifications() {
        ori = OriSpecification.load("ori-open-raadsinformatie-api.yaml");
        mini = OriSpecification.load("ori-mini-api.yaml");
    }

    @Test
    void everyResourceAnswersAsTheOriSpecificationDescribesIt() {
        String meeting = "ori-" + UUID.randomUUID();
        LocalDate date = LocalDate.of(2026, 5, 7);
        agenda(meeting, date, "Opening", "Vaststelling van de begroting 2027 met een titel die langer is dan honderd "
                + "tekens, zodat hij voor agendapuntTitel ingekort moet worden");
        String decision = decision(meeting, date, "Begroting 2027", "De raad stelt de begroting 2027 vast.");

        JsonNode besluit = valid("/besluiten/" + decision, false);
        assertThat(besluit.get("besluitresultaat").asString()).isEqualTo("Begroting 2027");
        assertThat(besluit.get("wooInformatiecategorie").asString()).isEqualTo("c_db4862c3");
        assertThat(besluit.get("webpaginaLink").asString()).endsWith("/openbaar/publicaties/" + decision);
        JsonNode vergadering = valid("/vergaderingen/" + meeting, true);
        assertThat(vergadering.get("vergaderingstype").asString()).isEqualTo("raadsvergadering");
        assertThat(vergadering.get("vergaderdatum").asString()).isEqualTo("2026-05-07");
        assertThat(vergadering.get("agendapunten")).hasSize(2);
        String item = id(vergadering.get("agendapunten").get(1).asString());
        JsonNode agendapunt = valid("/agendapunten/" + item, true);
        assertThat(agendapunt.get("agendapuntvolgnummer").asString()).isEqualTo("2");
        assertThat(agendapunt.get("vergadering").get("id").asString()).isEqualTo(meeting);
        JsonNode informatieobject = citizen.get("/api/public/ori/v1/informatieobjecten").json().get("results").get(0);
        valid("/informatieobjecten/" + informatieobject.get("id").asString(), true);
        for (String collection : List.of("vergaderingen", "agendapunten", "besluiten", "informatieobjecten",
                "stemmingen", "stemresultatenperfractie", "fracties")) {
            valid("/" + collection, List.of("vergaderingen", "agendapunten", "informatieobjecten").contains(collection));
        }
        ok(citizen.get(informatieobject.get("link").asString().replace("http://localhost:8080", "")));
    }

    @Test
    void aPublicVoteIsAStemmingOnItsAgendapuntWithAResultPerFractieAndItsFractiesGoWhenNoVoteNamesThem() {
        String meeting = "ori-" + UUID.randomUUID();
        LocalDate date = LocalDate.of(2026, 6, 11);
        agenda(meeting, date, "Opening", "Stationsplein");
        String only = "Lijst: " + UUID.randomUUID().toString().substring(0, 8);
        VoteSummary summary = new VoteSummary(2, "Stationsplein", VoteSubject.PROPOSAL, false, VoteResult.ADOPTED, 3, 2,
                List.of(new GroupResult("Stadspartij", 2, 0), new GroupResult(only, 1, 2)),
                List.of("Jan Jansen", "Els de Vries", "Ali Yilmaz"), List.of("Piet Bakker", "Sara Smit"));
        String vote = register(PublicationKind.VOTE, new PublicationSource(meeting, null, null, null), DecidingBody.COUNCIL,
                date, summary.title(), summary.text(), Confidentiality.OPENBAAR, List.of());

        JsonNode stemming = valid("/stemmingen/" + vote, false);
        String item = id(valid("/vergaderingen/" + meeting, true).get("agendapunten").get(1).asString());
        assertThat(stemming.get("agendapunt").get("id").asString()).as("on agendapunt 2").isEqualTo(item);
        assertThat(stemming.get("resultaatMondelingeStemming").asString()).isEqualTo("voor");
        assertThat(stemming.get("stemmingstype").asString()).isEqualTo("hoofdelijk");
        List<JsonNode> results = new ArrayList<>();
        valid("/stemresultatenperfractie", false).get("results").forEach(result -> {
            if (result.get("stemming").get("id").asString().equals(vote)) {
                results.add(result);
            }
        });
        assertThat(results).extracting(result -> result.get("fractiestemresultaat").asString())
                .containsExactlyInAnyOrder("aangenomen", "verdeeld");
        JsonNode split = results.stream().filter(r -> r.get("fractiestemresultaat").asString().equals("verdeeld"))
                .findFirst().orElseThrow();
        valid("/stemresultatenperfractie/" + split.get("id").asString(), false);
        JsonNode fractie = valid("/fracties/" + split.get("fractie").get("id").asString(), false);
        assertThat(fractie.get("fractienaam").asString()).isEqualTo(only);
        valid("/fracties", false);

        ok(api.post("/api/publications/" + vote + "/withdraw", "{\"reason\":\"Verkeerde uitslag\"}", EDITOR));
        assertThat(citizen.get("/api/public/ori/v1/stemmingen/" + vote).status()).isEqualTo(404);
        assertThat(citizen.get("/api/public/ori/v1/fracties/" + fractie.get("id").asString()).status())
                .as("no public vote names it any more").isEqualTo(404);
    }

    @Test
    void whatIsNotOpenbaarIsNoResource() {
        String meeting = "ori-" + UUID.randomUUID();
        String hidden = register(PublicationKind.DECISION, new PublicationSource(meeting, "decision-" + UUID.randomUUID(),
                null, null), DecidingBody.COUNCIL, LocalDate.of(2026, 5, 14), "Geheim besluit", "Vertrouwelijke tekst",
                Confidentiality.VERTROUWELIJK, List.of());
        assertThat(citizen.get("/api/public/ori/v1/besluiten/" + hidden).status()).isEqualTo(404);
        assertThat(citizen.get("/api/public/ori/v1/vergaderingen/" + meeting).status()).isEqualTo(404);
        ApiResponse missing = citizen.get("/api/public/ori/v1/besluiten/" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    private JsonNode valid(String path, boolean alsoMini) {
        ApiResponse response = ok(citizen.get("/api/public/ori/v1" + path));
        ValidationReport report = ori.validate("/api/public/ori/v1" + path, response.body());
        assertThat(report.getMessages()).as("ORI 2.0.0-beta.4 on " + path + ": " + response.body()).isEmpty();
        if (alsoMini) {
            ValidationReport miniReport = mini.validate("/api/public/ori/v1" + path, response.body());
            assertThat(miniReport.getMessages()).as("mini-ORI on " + path + ": " + response.body()).isEmpty();
        }
        return response.json();
    }

    private static String id(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
