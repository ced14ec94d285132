package nl.hamerslag.publication.ori;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.meeting.GroupResult;
import nl.hamerslag.contracts.meeting.VoteResult;
import nl.hamerslag.contracts.meeting.VoteSubject;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.contracts.publication.PublicationSource;
import nl.hamerslag.publication.support.PublicationApi;
import nl.hamerslag.publication.vote.VoteSummary;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ORI publication feed as a reader uses it: from the start into an empty store it gives exactly the
 * snapshot; a withdrawal is a delete with its reason; a source that stopped being openbaar is redacted from
 * the history; nothing unchanged makes a record; a rebuild gives the same feed under a new epoch.
 */
class OriFeedIntegrationTest extends OriTestBase {


    @Test
    void replayingTheFeedFromTheStartIntoAnEmptyStoreGivesExactlyTheSnapshot() {
        String meeting = "ori-" + UUID.randomUUID();
        LocalDate date = LocalDate.of(2026, 4, 2);
        String agenda = agenda(meeting, date, "Opening", "Begroting 2027", "Sluiting");
        String kept = decision(meeting, date, "Begroting 2027 vastgesteld", "De raad stelt de begroting vast.");
        String withdrawn = decision(meeting, date, "Verkeerd besluit", "Per ongeluk gepubliceerd.");
        ok(api.post("/api/publications/" + withdrawn + "/withdraw", "{\"reason\":\"Verkeerde bijlage\"}", EDITOR));
        // the agenda is corrected: an item less, so an Agendapunt is deleted
        revise(agenda, PublicationKind.AGENDA, new PublicationSource(meeting, null, null, null), DecidingBody.COUNCIL,
                date, "Agenda gemeenteraad " + date, "1. Opening\n2. Begroting 2027", Confidentiality.OPENBAAR, List.of());

        Map<String, JsonNode> replayed = new TreeMap<>();
        for (JsonNode record : wholeFeed()) {
            String key = key(record);
            switch (record.get("op").asString()) {
                case "upsert" -> replayed.put(key, record.get("data"));
                case "delete", "redact" -> replayed.remove(key);
                default -> throw new AssertionError("unknown op in " + record);
            }
        }
        Map<String, JsonNode> snapshot = new TreeMap<>();
        String cursor = null;
        do {
            JsonNode page = ok(citizen.get("/api/public/ori/v1/snapshot?limit=7" + (cursor == null ? "" : "&cursor=" + cursor)))
                    .json();
            assertThat(page.has("feedCursor")).as("only the first page carries feedCursor").isEqualTo(cursor == null);
            page.get("records").forEach(record -> snapshot.put(key(record), record.get("data")));
            cursor = page.get("hasMore").asBoolean() ? page.get("cursor").asString() : null;
        } while (cursor != null);

        assertThat(replayed).isEqualTo(snapshot);
        assertThat(snapshot).containsKey("Besluit/" + kept).doesNotContainKey("Besluit/" + withdrawn)
                .containsKey("Vergadering/" + meeting);
        assertThat(snapshot.get("Vergadering/" + meeting).get("agendapunten")).hasSize(2);
    }

    @Test
    void aWithdrawalBecomesADeleteWithItsRemovalReason() {
        String meeting = "ori-" + UUID.randomUUID();
        String id = decision(meeting, LocalDate.of(2026, 4, 9), "Parkeerbeleid", "De raad stelt het parkeerbeleid vast.");
        ok(citizen.get("/api/public/ori/v1/besluiten/" + id));

        ok(api.post("/api/publications/" + id + "/withdraw", "{\"reason\":\"Verkeerde bijlage\"}", EDITOR));

        List<JsonNode> mine = recordsOf("Besluit", id);
        JsonNode last = mine.get(mine.size() - 1);
        assertThat(last.get("op").asString()).isEqualTo("delete");
        assertThat(last.get("verwijderreden").asString()).isEqualTo("ingetrokken");
        assertThat(last.has("data")).isFalse();
        assertThat(citizen.get("/api/public/ori/v1/besluiten/" + id).status()).isEqualTo(404);
    }

    @Test
    void aSourceThatIsNoLongerOpenbaarIsRedactedFromTheFeedHistory() {
        String meeting = "ori-" + UUID.randomUUID();
        LocalDate date = LocalDate.of(2026, 4, 16);
        String secret = "geheimwoord" + UUID.randomUUID().toString().substring(0, 8);
        PublicationSource source = new PublicationSource(meeting, "decision-" + UUID.randomUUID(), null, null);
        String id = register(PublicationKind.DECISION, source, DecidingBody.COUNCIL, date, "Grondaankoop",
                "Aankoop van perceel " + secret, Confidentiality.OPENBAAR, List.of());
        List<Long> before = recordsOf("Besluit", id).stream().map(r -> r.get("sequenceNumber").asLong()).toList();
        assertThat(before).isNotEmpty();

        revise(id, PublicationKind.DECISION, source, DecidingBody.COUNCIL, date, "Grondaankoop",
                "Aankoop van perceel " + secret, Confidentiality.VERTROUWELIJK, List.of());

        List<JsonNode> feed = wholeFeed();
        assertThat(feed.toString()).doesNotContain(secret);
        Set<Long> numbers = new HashSet<>();
        feed.forEach(r -> numbers.add(r.get("sequenceNumber").asLong()));
        assertThat(numbers).doesNotContainAnyElementsOf(before);
        JsonNode redact = recordsOf("Besluit", id).stream().filter(r -> r.get("op").asString().equals("redact"))
                .findFirst().orElseThrow(() -> new AssertionError("no redact record for " + id));
        List<Long> named = new ArrayList<>();
        redact.get("redactedSequenceNumbers").forEach(n -> named.add(n.asLong()));
        assertThat(named).containsExactlyElementsOf(before);
        assertThat(citizen.get("/api/public/ori/v1/besluiten/" + id).status()).isEqualTo(404);
    }

    @Test
    void aCorrectionThatChangesNothingOfAResourceMakesNoRecord() {
        String meeting = "ori-" + UUID.randomUUID();
        PublicationSource source = new PublicationSource(meeting, "decision-" + UUID.randomUUID(), null, null);
        String id = register(PublicationKind.DECISION, source, DecidingBody.COUNCIL, LocalDate.of(2026, 4, 23),
                "Subsidieregeling", "De raad stelt de regeling vast.", Confidentiality.OPENBAAR, List.of());
        int records = recordsOf("Besluit", id).size();

        ok(api.post("/api/publications/" + id + "/correct", "{\"title\":\"Subsidieregeling\",\"text\":\"De raad stelt "
                + "de regeling vast.\",\"reason\":\"Opnieuw bevestigd\"}", EDITOR));
        assertThat(recordsOf("Besluit", id)).as("same content, same hash: no record").hasSize(records);

        ok(api.post("/api/publications/" + id + "/correct", "{\"title\":\"Subsidieregeling 2027\",\"text\":\"De raad "
                + "stelt de regeling vast.\",\"reason\":\"Jaartal\"}", EDITOR));
        List<JsonNode> after = recordsOf("Besluit", id);
        assertThat(after).hasSize(records + 1);
        assertThat(after.get(after.size() - 1).get("data").get("besluitresultaat").asString()).isEqualTo("Subsidieregeling 2027");
        assertThat(after.get(after.size() - 1).get("contentHash").asString()).startsWith("sha256:");
    }

    @Test
    void anAdminsRebuildGivesTheSameFeedUnderANewEpochAndRefusesTheOldCursor() {
        String meeting = "ori-" + UUID.randomUUID();
        LocalDate date = LocalDate.of(2026, 4, 30);
        agenda(meeting, date, "Opening", "Verordening");
        decision(meeting, date, "Verordening", "Vastgesteld.");
        VoteSummary vote = new VoteSummary(2, "Verordening", VoteSubject.PROPOSAL, false, VoteResult.ADOPTED, 2, 1,
                List.of(new GroupResult("Stadspartij", 2, 0), new GroupResult("Dorpsbelang", 0, 1)), List.of("A", "B"),
                List.of("C"));
        register(PublicationKind.VOTE, new PublicationSource(meeting, null, null, null), DecidingBody.COUNCIL, date,
                vote.title(), vote.text(), Confidentiality.OPENBAAR, List.of());
        JsonNode first = ok(citizen.get("/api/public/ori/v1/feed?limit=1")).json();
        List<JsonNode> before = wholeFeed();
        assertThat(before).extracting(r -> r.get("resourceType").asString())
                .contains("Stemming", "StemresultaatPerFractie", "Fractie");
        int epoch = ok(citizen.get("/api/public/ori/v1")).json().get("epoch").asInt();
        assertThat(api.post("/api/admin/ori-feed/rebuild", "", EDITOR).status()).as("only ADMIN").isEqualTo(403);

        JsonNode rebuilt = ok(api.post("/api/admin/ori-feed/rebuild", "", PublicationApi.bearer(Role.ADMIN))).json();

        assertThat(rebuilt.get("epoch").asInt()).isEqualTo(epoch + 1);
        assertThat(rebuilt.get("head").asLong()).isEqualTo(before.get(before.size() - 1).get("sequenceNumber").asLong());
        assertThat(wholeFeed()).isEqualTo(before);
        var stale = citizen.get("/api/public/ori/v1/feed?cursor=" + first.get("cursor").asString());
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.body()).contains("snapshot");
    }

    private List<JsonNode> recordsOf(String type, String id) {
        return wholeFeed().stream().filter(r -> r.get("resourceType").asString().equals(type)
                && r.get("resource").get("bronidentificatie").asString().equals(id)).toList();
    }

    private static String key(JsonNode record) {
        return record.get("resourceType").asString() + "/" + record.get("resource").get("bronidentificatie").asString();
    }
}
