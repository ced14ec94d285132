package nl.hamerslag.system;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

import static nl.hamerslag.system.Dossier.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One openbaar college proposal taken through every service once, through the gateway only: drafted
 * and submitted by the author, signed off by every step of its route, put on a college meeting's
 * agenda and decided there with a follow-up action, published at once by publication's rule (the
 * decision is on the public API), and the action settled: its settlement proposed by a college member
 * and accepted by the manager of its department. Walked once per test run, because it is the slowest
 * part of the audit tests and they only read it.
 */
final class WholeDossier {

    /** What the walk left behind for the tests to look up. */
    record Walked(String proposalId, String title, String version, JsonNode route, String meetingId,
                  String agendaItemId, String actionItemId) {
    }

    private static Walked walked;
    private static Throwable failed;

    private WholeDossier() {
    }

    static synchronized Walked walkedOnce(ApiClient gateway) {
        if (failed != null) {
            // a walk that failed once fails every test that reads it, without walking again
            throw new AssertionError("the walk through every service failed: " + failed.getMessage(), failed);
        }
        if (walked == null) {
            try {
                walked = walk(gateway);
            } catch (RuntimeException | AssertionError e) {
                failed = e;
                throw e;
            }
        }
        return walked;
    }

    private static Walked walk(ApiClient gateway) {
        Dossier dossier = new Dossier(gateway);
        Meetings meetings = new Meetings(gateway);
        FollowUp followUp = new FollowUp(gateway);
        // a word of its own, so that the public search finds this decision and no other test's
        String word = word();
        String title = "Herinrichting Marktplein " + word;
        String id = dossier.draft(Dossier.PROPOSAL.replace("Herinrichting Marktplein", title));
        // a real PDF: publication publishes a copy with its metadata stripped, which the smallest PDF has not
        ApiResponse uploaded = dossier.upload(id, "MAIN", "voorstel.pdf", "application/pdf",
                Pdfs.withPages("Voorstel " + title, 1));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String version = dossier.submit(id);
        JsonNode route = dossier.awaitRoute(id, version);
        dossier.signOff(id, version);

        meetings.awaitReady("COLLEGE", id, Role.SECRETARIAT);
        String college = meetings.plan("college", Role.SECRETARIAT);
        String item = meetings.schedule(college, id, "DEBATE_ITEM", Role.SECRETARIAT);
        meetings.publish(college, Role.SECRETARIAT);
        meetings.open(college, Role.SECRETARIAT);
        ApiResponse decided = meetings.decide(college, item, "{\"outcome\":\"AS_PROPOSED\",\"followUpActions\":["
                + "{\"description\":\"Omwonenden informeren\",\"portfolioHolder\":\"Wethouder Ruimte\",\"department\":"
                + "\"Ruimte\",\"deadline\":\"" + LocalDate.now().plusMonths(1) + "\"}]}", Role.SECRETARIAT);
        assertThat(decided.status()).as(decided.toString()).isIn(200, 201);

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            ApiResponse hits = gateway.get("/api/public/publications?q=" + word);
            assertThat(hits.status()).as(hits.toString()).isEqualTo(200);
            assertThat(hits.body()).as("the decision is public").contains("DECISION");
        });

        String action = followUp.awaitItems(id, "ACTION").get("ACTION").get("id").asString();
        ApiResponse proposed = followUp.proposeSettlement(action, "omwonenden-geinformeerd.pdf",
                Pdfs.withPages("Brief aan omwonenden Marktplein", 1), as(Role.COLLEGE_MEMBER));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        ApiResponse settled = gateway.post("/api/followup/items/" + action + "/settlement/accept", null, as(Role.MANAGER));
        assertThat(settled.status()).as(settled.toString()).isEqualTo(200);
        assertThat(settled.json().get("state").asString()).isEqualTo("SETTLED");
        return new Walked(id, title, version, route, college, item, action);
    }

    private static String word() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("plein");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }
}
