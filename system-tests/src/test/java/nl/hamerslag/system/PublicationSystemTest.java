package nl.hamerslag.system;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Locale;
import java.util.Random;

import static nl.hamerslag.system.Dossier.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An openbaar college decision is on every public channel the moment the meeting records it (the time
 * it took is printed, not asserted), with its document as a public copy without metadata; the final
 * editor withdraws it and it is gone from the public API, the search, its page, the Atom feed and the
 * sitemap at once, a withdrawal notice in its place. Everything through the gateway; citizens without
 * a token.
 */
@ExtendWith(SystemUnderTest.class)
class PublicationSystemTest {

    @Test
    void aCollegeDecisionIsPublicAtOnceAndGoneFromEveryChannelWhenWithdrawn() {
        ApiClient gateway = new ApiClient(SystemUnderTest.system().gatewayUrl());
        Dossier dossier = new Dossier(gateway);
        Meetings meetings = new Meetings(gateway);
        String word = word();
        String id = dossier.draft("""
                {"type":"COLLEGE_PROPOSAL","title":"Verlichting %s","summary":"Ledverlichting in het park.",
                 "portfolioHolder":"Wethouder Ruimte","department":"Ruimte","confidentiality":"openbaar",
                 "financialConsequences":false,"legalConsequences":false,"decidingBody":"COLLEGE"}""".formatted(word));
        byte[] document = Pdfs.withPages("Collegevoorstel verlichting " + word, 1);
        assertThat(dossier.upload(id, "MAIN", "collegevoorstel.pdf", "application/pdf", document).status()).isEqualTo(201);
        dossier.signOff(id, dossier.submit(id));

        meetings.awaitReady("COLLEGE", id, Role.SECRETARIAT);
        String college = meetings.plan("college", Role.SECRETARIAT);
        String item = meetings.schedule(college, id, "DEBATE_ITEM", Role.SECRETARIAT);
        meetings.publish(college, Role.SECRETARIAT);
        meetings.open(college, Role.SECRETARIAT);
        ApiResponse decided = meetings.decide(college, item, "{\"outcome\":\"AS_PROPOSED\"}", Role.SECRETARIAT);
        assertThat(decided.status()).as(decided.toString()).isIn(200, 201);
        long recordedAt = System.nanoTime();

        JsonNode publication = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> decision(gateway, word), java.util.Objects::nonNull);
        long millis = (System.nanoTime() - recordedAt) / 1_000_000;
        System.out.printf("[measure] decision recorded -> on the public API: %d ms%n", millis);
        String publicationId = publication.get("id").asString();
        assertThat(search(gateway, word).toString()).as("the published agenda names it too").contains("AGENDA");

        ApiResponse page = gateway.get("/openbaar/publicaties/" + publicationId, "Accept", "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Verlichting " + word);
        String sha256 = publication.get("documents").get(0).get("sha256").asString();
        assertThat(sha256).as("the public copy has its own hash, not the original's")
                .isNotEqualTo(nl.hamerslag.contracts.ContentHash.sha256(document).value());
        var copy = gateway.download("/api/public/documents/" + sha256);
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(Pdfs.pageCount(copy.body())).isEqualTo(1);
        assertThat(gateway.get("/openbaar/feed.atom").body()).contains(publicationId);
        assertThat(gateway.get("/openbaar/sitemap.xml").body()).contains(publicationId);

        ApiResponse bySomeoneElse = gateway.post("/api/publications/" + publicationId + "/withdraw",
                "{\"reason\":\"Verkeerde bijlage\"}", as(Role.SECRETARIAT));
        assertThat(bySomeoneElse.status()).as("only the final editor withdraws").isEqualTo(403);
        ApiResponse withdrawn = gateway.post("/api/publications/" + publicationId + "/withdraw",
                "{\"reason\":\"Verkeerde bijlage\"}", as(Role.FINAL_EDITOR));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

        assertThat(gateway.get("/api/public/publications/" + publicationId).status()).isEqualTo(410);
        assertThat(decision(gateway, word)).as("the decision is gone from the search").isNull();
        ApiResponse notice = gateway.get("/openbaar/publicaties/" + publicationId, "Accept", "text/html");
        assertThat(notice.status()).isEqualTo(410);
        assertThat(notice.body()).contains("Verkeerde bijlage").doesNotContain("Ledverlichting");
        assertThat(gateway.download("/api/public/documents/" + sha256).statusCode()).isEqualTo(404);
        assertThat(gateway.get("/openbaar/sitemap.xml").body()).doesNotContain(publicationId);
        assertThat(gateway.get("/openbaar/feed.atom").body()).as("the feed keeps only a withdrawal notice")
                .contains("Ingetrokken: Verlichting " + word);
        ApiResponse again = gateway.post("/api/publications/" + publicationId + "/withdraw",
                "{\"reason\":\"Nog eens\"}", as(Role.FINAL_EDITOR));
        assertThat(again.status()).as("withdrawn once").isEqualTo(409);
    }

    /** The public decision whose title has {@code word}, or null. */
    private static JsonNode decision(ApiClient gateway, String word) {
        for (JsonNode item : search(gateway, word).get("items")) {
            if (item.get("kind").asString().equals("DECISION")) {
                return item;
            }
        }
        return null;
    }

    private static JsonNode search(ApiClient gateway, String word) {
        ApiResponse hits = gateway.get("/api/public/publications?q=" + word);
        assertThat(hits.status()).as(hits.toString()).isEqualTo(200);
        return hits.json();
    }

    private static String word() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("park");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }
}
