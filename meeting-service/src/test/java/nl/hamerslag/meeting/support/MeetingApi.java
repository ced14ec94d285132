package nl.hamerslag.meeting.support;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.approval.RouteCompleted;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.contracts.drafting.AttachmentKind;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.meeting.command.Member;
import nl.hamerslag.meeting.query.BodyDirectory;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.RelayedRecord;
import nl.hamerslag.test.TestTokens;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The meeting API as the secretariat and the griffie use it, for tests, and drafting's and approval's
 * events as their relays send them, so that a proposal becomes ready the way it does in production.
 */
public final class MeetingApi {

    public static final String SECRETARIAT = TestTokens.bearer(Role.SECRETARIAT);
    public static final String CLERK = TestTokens.bearer(Role.CLERK);
    public static final String ALDERMAN = TestTokens.bearer(Role.COLLEGE_MEMBER);
    /** An author of another department: outside the circle of a vertrouwelijk proposal of Ruimte. */
    public static final String OUTSIDER = "Bearer " + TestTokens.forUser("sofie.sociaal", "Sofie Sociaal",
            "Sociaal Domein", Role.AUTHOR);

    private final ApiClient api;
    private final KafkaTemplate<String, byte[]> kafka;
    private final BodyDirectory bodies;

    public MeetingApi(int port, KafkaTemplate<String, byte[]> kafka, BodyDirectory bodies) {
        this.api = new ApiClient("http://localhost:" + port);
        this.kafka = kafka;
        this.bodies = bodies;
    }

    /** The seeded body of this kind (seed/bodies.json; other tests may establish more bodies of a kind). */
    public String body(DecidingBody kind) {
        String seeded = switch (kind) {
            case COLLEGE -> "college";
            case COMMITTEE -> "commissie-ruimte";
            case COUNCIL -> "raad";
        };
        return bodies.find(seeded).orElseThrow(() -> new IllegalStateException("the seed has no " + seeded)).bodyId();
    }

    /** The members of that body who hold a seat (who count for the quorum). */
    public List<String> seats(DecidingBody kind) {
        return bodies.find(body(kind)).orElseThrow().members().stream().filter(m -> m.function().holdsSeat())
                .map(Member::memberId).toList();
    }

    public String anyMember(DecidingBody kind) {
        return bodies.find(body(kind)).orElseThrow().members().get(0).memberId();
    }

    /** A proposal as drafting submitted it, with a main document and an annex. */
    public record Proposal(ProposalId id, ContentHash version, List<Manifest.Entry> documents) {
    }

    public Proposal submitted(String title, Confidentiality confidentiality, DecidingBody body) {
        ProposalId id = ProposalId.newId();
        List<Manifest.Entry> documents = List.of(
                new Manifest.Entry("main-" + id, AttachmentKind.MAIN, "voorstel.pdf", "application/pdf", 1234,
                        ContentHash.sha256("voorstel van " + id)),
                new Manifest.Entry("annex-" + id, AttachmentKind.ANNEX, "bijlage.pdf", "application/pdf", 99,
                        ContentHash.sha256("bijlage van " + id)));
        Manifest manifest = new Manifest(ContentHash.sha256("fields of " + id), documents);
        publish(Topics.DRAFTING, new ProposalSubmitted(id, manifest.version(), body == DecidingBody.COLLEGE
                ? ProposalType.COLLEGE_PROPOSAL : ProposalType.COUNCIL_PROPOSAL, title, "Ruimte", "Wethouder Wim",
                confidentiality, true, false, body, "anna.steller", manifest));
        publish(Topics.APPROVAL, new RouteOpened(id, "route-" + id, manifest.version(), List.of(
                new RouteOpened.Stage(1, List.of(new RouteOpened.Step("manager", Role.MANAGER, "Ruimte"))))));
        return new Proposal(id, manifest.version(), documents);
    }

    public Proposal approved(String title, Confidentiality confidentiality, DecidingBody body) {
        Proposal proposal = submitted(title, confidentiality, body);
        publish(Topics.APPROVAL, new RouteCompleted(proposal.id(), "route-" + proposal.id(), proposal.version()));
        awaitReady(proposal, body == DecidingBody.COUNCIL ? DecidingBody.COLLEGE : body);
        return proposal;
    }

    public void publish(String topic, IntegrationEvent event) {
        try {
            kafka.send(RelayedRecord.of(topic, event)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + event, e);
        }
    }

    public void awaitReady(Proposal proposal, DecidingBody body) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ready(body, body == DecidingBody.COLLEGE ? SECRETARIAT : CLERK)).contains(proposal.id().toString()));
    }

    public String ready(DecidingBody body, String token) {
        ApiResponse response = get("/api/meetings/ready?body=" + body, token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    public String planned(String bodyId, LocalDate date, String token) {
        ApiResponse planned = post("/api/meetings", """
                {"bodyId":"%s","date":"%s","startsAt":"19:30","place":"Raadzaal","closedPart":true}""".formatted(bodyId, date),
                token);
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        return planned.json().get("meeting").get("id").asString();
    }

    public ApiResponse schedule(String meetingId, ProposalId proposal, String itemType, String token) {
        return post("/api/meetings/" + meetingId + "/agenda/proposals",
                "{\"proposalId\":\"" + proposal + "\",\"itemType\":\"" + itemType + "\"}", token);
    }

    public String scheduled(String meetingId, ProposalId proposal, String itemType, String token) {
        ApiResponse response = schedule(meetingId, proposal, itemType, token);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    public String standing(String meetingId, String kind, String previousMeetingId, String token) {
        ApiResponse response = post("/api/meetings/" + meetingId + "/agenda/items", "{\"kind\":\"" + kind + "\""
                + (previousMeetingId == null ? "" : ",\"previousMeetingId\":\"" + previousMeetingId + "\"") + "}", token);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    public void ok(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
    }

    public void publishedAndOpened(String meetingId, String token) {
        ok(post("/api/meetings/" + meetingId + "/agenda/publish", null, token));
        ok(post("/api/meetings/" + meetingId + "/open", null, token));
    }

    public ApiResponse present(String meetingId, String memberId, String token) {
        return post("/api/meetings/" + meetingId + "/attendance",
                "{\"memberId\":\"" + memberId + "\",\"presence\":\"PRESENT\"}", token);
    }

    public ApiResponse decide(String meetingId, String itemId, String body, String token) {
        return post("/api/meetings/" + meetingId + "/agenda/" + itemId + "/decision", body, token);
    }

    public JsonNode agenda(String meetingId, String token) {
        ApiResponse response = get("/api/meetings/" + meetingId + "/agenda", token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    public ApiResponse get(String path, String token) {
        return api.get(path, "Authorization", token);
    }

    public ApiResponse post(String path, String json, String token) {
        return api.post(path, json, "Authorization", token);
    }
}
