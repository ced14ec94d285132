package nl.hamerslag.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.launcher.RunningSystem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The college's meetings as the secretariat keeps them (plan, put approved proposals on the agenda, publish, open,
 * record a decision), as MeetingSystemTest and PublicationSystemTest take them, and the public API where a decision
 * appears. Against one base URL: the gateway, or the meeting service's own port for seeding.
 */
final class MeetingApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String base;
    private final String secretariat;

    MeetingApi(String base, RunningSystem system) {
        this.base = base;
        this.secretariat = "Bearer " + system.token(Role.SECRETARIAT);
    }

    HttpRequest plan(LocalDate date) {
        return post("/api/meetings", "{\"bodyId\":\"college\",\"date\":\"" + date
                + "\",\"startsAt\":\"10:00\",\"place\":\"Collegekamer\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).build();
    }

    HttpRequest schedule(String meetingId, String proposalId) {
        return post("/api/meetings/" + meetingId + "/agenda/proposals",
                "{\"proposalId\":\"" + proposalId + "\",\"itemType\":\"DEBATE_ITEM\"}").build();
    }

    HttpRequest publish(String meetingId) {
        return post("/api/meetings/" + meetingId + "/agenda/publish", null).build();
    }

    HttpRequest open(String meetingId) {
        return post("/api/meetings/" + meetingId + "/open", null).build();
    }

    /** "Besluit vastleggen": conform (AS_PROPOSED), which publication publishes at once for an openbaar college decision. */
    HttpRequest decide(String meetingId, String itemId) {
        return post("/api/meetings/" + meetingId + "/agenda/" + itemId + "/decision", "{\"outcome\":\"AS_PROPOSED\"}").build();
    }

    /** The public decision, without a token, as a citizen reads it. */
    HttpRequest publicDecision(String publicationId) {
        return HttpRequest.newBuilder(URI.create(base + "/api/public/decisions/" + publicationId)).timeout(TIMEOUT)
                .GET().build();
    }

    /** Plans a college meeting a week ahead and returns its id. */
    String planOne(HttpClient http) throws IOException, InterruptedException {
        return field(Api.expect(http, plan(LocalDate.now().plusDays(7)), 201).body(), "meeting", "id");
    }

    /**
     * Puts the proposal on the agenda and returns the item's id. The ready list is kept from approval's
     * RouteCompleted on Kafka, so right after the last signature the proposal may not be ready yet: the meeting
     * service then refuses with 409 "not ready", and it is asked again until 120 s have passed.
     */
    String scheduleOne(HttpClient http, String meetingId, String proposalId) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            HttpResponse<String> r = http.send(schedule(meetingId, proposalId), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201) {
                return field(r.body(), "id");
            }
            if (r.statusCode() != 409 || !r.body().contains("is not ready for") || System.nanoTime() > deadline) {
                throw new IllegalStateException("putting " + proposalId + " on the agenda of " + meetingId + " answered "
                        + r.statusCode() + ": " + LoadGenerator.abbreviate(r.body()));
            }
            Thread.sleep(20); // a poll interval; the loop is the wait
        }
    }

    void publishAndOpen(HttpClient http, String meetingId) throws IOException, InterruptedException {
        Api.expect(http, publish(meetingId), 200);
        Api.expect(http, open(meetingId), 200);
    }

    /** Records the decision and returns its id. */
    String decideOne(HttpClient http, String meetingId, String itemId) throws IOException, InterruptedException {
        return field(Api.expect(http, decide(meetingId, itemId), 201).body(), "decisionId");
    }

    /**
     * The id publication gives the publication of a decision: derived from its source, as publication-service's
     * CandidateDraft.publicationId does (MeetingSystemTest derives a vote's the same way).
     */
    static String publicationIdOfDecision(String decisionId) {
        return UUID.nameUUIDFromBytes(("publication:decision:" + decisionId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A text field of an answer, by its path; fails with the answer when it is not there. */
    static String field(String json, String... path) throws IOException {
        var node = JSON.readTree(json);
        for (String name : path) {
            node = node.path(name);
        }
        if (!node.isTextual()) {
            throw new IllegalStateException("no " + String.join(".", path) + " in " + LoadGenerator.abbreviate(json));
        }
        return node.asText();
    }

    private HttpRequest.Builder post(String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", secretariat);
        return json == null ? b.POST(HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }
}
