package nl.hamerslag.system;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.hamerslag.system.Dossier.as;
import static nl.hamerslag.system.Dossier.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One council proposal travels college → committee → council with one history, through the gateway
 * only: approved, put on the college's agenda, compiled into a meeting package with its real PDF
 * fetched from drafting by hash, decided with "to the council", advised by the committee, and decided
 * by the council with attendance and quorum, an amendment, a motion, a vote with the result per party
 * group and a commitment; drafting shows each state on the way.
 */
@ExtendWith(SystemUnderTest.class)
class MeetingSystemTest {

    private static final String COUNCIL_PROPOSAL = """
            {"type":"COUNCIL_PROPOSAL","title":"Bestemmingsplan Stationsgebied","summary":"Wonen bij het station.",
             "portfolioHolder":"Wethouder Ruimte","department":"Ruimte","confidentiality":"openbaar",
             "financialConsequences":true,"legalConsequences":true,"decidingBody":"COUNCIL"}""";

    ApiClient gateway;
    Dossier dossier;
    Meetings meetings;

    @BeforeEach
    void setUp() {
        gateway = new ApiClient(SystemUnderTest.system().gatewayUrl());
        dossier = new Dossier(gateway);
        meetings = new Meetings(gateway);
    }

    @Test
    void aCouncilProposalTravelsCollegeCommitteeAndCouncilWithOneHistory() {
        String id = dossier.draft(COUNCIL_PROPOSAL);
        byte[] mainDocument = Pdfs.withPages("Raadsvoorstel Stationsgebied", 3);
        ApiResponse uploaded = dossier.upload(id, "MAIN", "raadsvoorstel.pdf", "application/pdf", mainDocument);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        dossier.signOff(id, dossier.submit(id));

        // college: agenda, package, decision "to the council"
        meetings.awaitReady("COLLEGE", id, Role.SECRETARIAT);
        String college = meetings.plan("college", Role.SECRETARIAT);
        String collegeItem = meetings.schedule(college, id, "DEBATE_ITEM", Role.SECRETARIAT);
        ApiResponse notOpen = meetings.decide(college, collegeItem, "{\"outcome\":\"AS_PROPOSED\"}", Role.SECRETARIAT);
        assertThat(notOpen.status()).as("no decision before the meeting opens").isEqualTo(409);
        meetings.publish(college, Role.SECRETARIAT);
        dossier.awaitStatus(id, "ON_AGENDA");

        ApiResponse compiled = gateway.post("/api/meetings/" + college + "/package", null,
                with(as(Role.SECRETARIAT), "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(compiled.status()).as(compiled.toString()).isEqualTo(201);
        HttpResponse<byte[]> pdf = gateway.download("/api/meetings/" + college + "/package/versions/1/internal.pdf",
                as(Role.COLLEGE_MEMBER));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(Pdfs.pageCount(pdf.body())).as("the agenda page and the 3 pages of the proposal")
                .isGreaterThanOrEqualTo(4);
        assertThat(Pdfs.bookmarks(pdf.body())).anyMatch(title -> title.contains("Bestemmingsplan Stationsgebied"));
        JsonNode manifest = gateway.get("/api/meetings/" + college + "/package/versions/1/internal/manifest.json",
                as(Role.COLLEGE_MEMBER)).json();
        assertThat(manifest.toString()).contains(sha256(mainDocument));

        meetings.open(college, Role.SECRETARIAT);
        ApiResponse collegeDecision = meetings.decide(college, collegeItem,
                "{\"outcome\":\"AS_PROPOSED\",\"nextBody\":\"COMMITTEE\"}", Role.SECRETARIAT);
        assertThat(collegeDecision.status()).as(collegeDecision.toString()).isIn(200, 201);
        ApiResponse twice = meetings.decide(college, collegeItem, "{\"outcome\":\"REJECTED\"}", Role.SECRETARIAT);
        assertThat(twice.status()).as("an item is decided once").isEqualTo(409);
        dossier.awaitStatus(id, "APPROVED");

        // committee: advises
        meetings.awaitReady("COMMITTEE", id, Role.CLERK);
        String committee = meetings.plan("commissie-ruimte", Role.CLERK);
        String committeeItem = meetings.schedule(committee, id, "DEBATE_ITEM", Role.CLERK);
        meetings.publish(committee, Role.CLERK);
        meetings.open(committee, Role.CLERK);
        ApiResponse advice = meetings.decide(committee, committeeItem, "{\"outcome\":\"AS_PROPOSED\",\"nextBody\":\"COUNCIL\"}",
                Role.CLERK);
        assertThat(advice.status()).as(advice.toString()).isIn(200, 201);

        // council: attendance, an amendment, a motion, votes, the decision and a commitment
        meetings.awaitReady("COUNCIL", id, Role.CLERK);
        String council = meetings.plan("raad", Role.CLERK);
        String councilItem = meetings.schedule(council, id, "DEBATE_ITEM", Role.CLERK);
        meetings.publish(council, Role.CLERK);
        meetings.open(council, Role.CLERK);
        List<JsonNode> seats = seats(council);
        assertThat(seats).hasSize(27);

        List<String> present = new ArrayList<>();
        for (JsonNode seat : seats.subList(0, 13)) {
            present.add(attend(council, seat.get("memberId").asString()));
        }
        ApiResponse noQuorum = meetings.decide(council, councilItem, "{\"outcome\":\"AS_PROPOSED\"}", Role.CLERK);
        assertThat(noQuorum.status()).as("13 of 27 seats is no quorum").isEqualTo(409);
        for (JsonNode seat : seats.subList(13, 25)) {
            present.add(attend(council, seat.get("memberId").asString()));
        }

        String submitter = present.get(0);
        ApiResponse noSubmitter = gateway.post("/api/meetings/" + council + "/motions",
                "{\"title\":\"Motie\",\"text\":\"Verzoekt het college...\",\"submitters\":[]}", as(Role.CLERK));
        assertThat(noSubmitter.status()).isEqualTo(400);
        String amendment = created(gateway.post("/api/meetings/" + council + "/amendments",
                "{\"agendaItemId\":\"" + councilItem + "\",\"proposalId\":\"" + id + "\",\"title\":\"Meer groen\","
                        + "\"text\":\"Voeg toe: 30% groen.\",\"submitters\":[\"" + submitter + "\"]}", as(Role.CLERK)));
        String motion = created(gateway.post("/api/meetings/" + council + "/motions",
                "{\"agendaItemId\":\"" + councilItem + "\",\"proposalId\":\"" + id + "\",\"title\":\"Fietsenstalling\","
                        + "\"text\":\"Verzoekt het college een stalling te bouwen.\",\"submitters\":[\"" + submitter
                        + "\"],\"coSigners\":[\"" + present.get(1) + "\"]}", as(Role.CLERK)));

        ApiResponse notPresent = gateway.post("/api/meetings/" + council + "/votes", ballots("AMENDMENT", amendment,
                null, List.of(seats.get(26).get("memberId").asString()), 0), as(Role.CLERK));
        assertThat(notPresent.status()).as("a member who is not present does not vote").isEqualTo(422);

        JsonNode amendmentVote = vote(council, ballots("AMENDMENT", amendment, null, present, 20));
        assertThat(amendmentVote.get("result").asString()).isEqualTo("ADOPTED");
        JsonNode motionVote = vote(council, ballots("MOTION", motion, null, present, 10));
        assertThat(motionVote.get("result").asString()).isEqualTo("REJECTED");
        JsonNode proposalVote = vote(council, ballots("PROPOSAL", null, councilItem, present, 18)
                .replace("\"subjectId\":null", "\"proposalId\":\"" + id + "\""));
        assertThat(proposalVote.get("result").asString()).isEqualTo("ADOPTED");
        assertThat(proposalVote.get("perGroup")).as("the result per party group").hasSizeGreaterThan(1);
        assertThat(gateway.get("/api/meetings/" + council + "/votes", as(Role.COUNCIL_MEMBER)).json())
                .as("a council member sees the votes on an openbaar proposal").hasSize(3);

        ApiResponse councilDecision = meetings.decide(council, councilItem, "{\"outcome\":\"AMENDED\","
                + "\"amendedText\":\"Het bestemmingsplan, met 30% groen, wordt vastgesteld.\","
                + "\"followUpActions\":[{\"description\":\"Plan publiceren\",\"portfolioHolder\":\"Wethouder Ruimte\","
                + "\"department\":\"Ruimte\",\"deadline\":\"" + LocalDate.now().plusMonths(2) + "\"}]}", Role.CLERK);
        assertThat(councilDecision.status()).as(councilDecision.toString()).isIn(200, 201);

        attend(council, "wim-wethouder"); // an alderman present makes the commitment
        ApiResponse commitment = gateway.post("/api/meetings/" + council + "/commitments",
                "{\"agendaItemId\":\"" + councilItem + "\",\"proposalId\":\"" + id + "\",\"text\":\"De raad krijgt "
                        + "voor de zomer een evaluatie.\",\"madeBy\":\"wim-wethouder\",\"madeTo\":\"de raad\","
                        + "\"deadline\":\"" + LocalDate.now().plusMonths(6) + "\"}",
                with(as(Role.CLERK), "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(commitment.status()).as(commitment.toString()).isEqualTo(201);

        String adoptedMotion = created(gateway.post("/api/meetings/" + council + "/motions",
                "{\"agendaItemId\":\"" + councilItem + "\",\"proposalId\":\"" + id + "\",\"title\":\"Bomenplan\","
                        + "\"text\":\"Verzoekt het college bij het station honderd bomen te planten.\",\"submitters\":[\""
                        + submitter + "\"]}", as(Role.CLERK)));
        JsonNode adoptedVote = vote(council, ballots("MOTION", adoptedMotion, null, present, 20));
        assertThat(adoptedVote.get("result").asString()).isEqualTo("ADOPTED");

        ApiResponse closed = gateway.post("/api/meetings/" + council + "/close", null, as(Role.CLERK));
        assertThat(closed.status()).as(closed.toString()).isIn(200, 204);
        JsonNode decisionList = gateway.get("/api/meetings/" + council + "/decision-list", as(Role.CLERK)).json();
        assertThat(decisionList.toString()).contains("AMENDED").contains("DRAWN_UP");

        dossier.awaitStatus(id, "DECIDED");

        // the council's vote on the proposal is public at once, for anyone, without a token: an ORI Stemming on
        // its agendapunt with a result per party group, each group a Fractie, and a page that names the voters
        String stemming = UUID.nameUUIDFromBytes(("publication:vote:" + proposalVote.get("voteId").asString())
                .getBytes(StandardCharsets.UTF_8)).toString();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                gateway.get("/api/public/ori/v1/stemmingen/" + stemming).status() == 200);
        JsonNode oriVote = gateway.get("/api/public/ori/v1/stemmingen/" + stemming).json();
        assertThat(oriVote.get("resultaatMondelingeStemming").asString()).isEqualTo("voor");
        assertThat(gateway.get(URI.create(oriVote.get("agendapunt").get("url").asString()).getPath())
                .status()).as("its agendapunt is public too").isEqualTo(200);
        List<JsonNode> perGroup = new ArrayList<>();
        gateway.get("/api/public/ori/v1/stemresultatenperfractie").json().get("results").forEach(result -> {
            if (result.get("stemming").get("id").asString().equals(stemming)) {
                perGroup.add(result);
            }
        });
        assertThat(perGroup).hasSize(proposalVote.get("perGroup").size());
        assertThat(gateway.get("/api/public/ori/v1/fracties/" + perGroup.get(0).get("fractie").get("id").asString())
                .status()).isEqualTo(200);
        assertThat(gateway.get("/openbaar/publicaties/" + stemming).body()).contains("Uitslag: aangenomen met 18 stemmen voor");

        // follow-up: the decision's action, the commitment and the adopted motion become items; the
        // rejected motion does not; the commitment is settled with a letter accepted by the griffie
        FollowUp followUp = new FollowUp(gateway);
        Map<String, JsonNode> items = followUp.awaitItems(id, "ACTION", "COMMITMENT", "MOTION");
        assertThat(followUp.itemsAbout(id)).as("one item each; a rejected motion is not followed up").hasSize(3);
        assertThat(items.get("MOTION").get("text").asString()).contains("honderd bomen");
        String commitmentItem = items.get("COMMITMENT").get("id").asString();
        ApiResponse proposed = followUp.proposeSettlement(commitmentItem, "evaluatie-stationsgebied.pdf",
                Pdfs.withPages("Raadsinformatiebrief evaluatie Stationsgebied", 1), as(Role.COLLEGE_MEMBER));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        assertThat(proposed.json().get("state").asString()).isEqualTo("SETTLEMENT_PROPOSED");
        ApiResponse byAManager = gateway.post("/api/followup/items/" + commitmentItem + "/settlement/accept", null,
                as(Role.MANAGER));
        assertThat(byAManager.status()).as("the griffie settles a commitment, not a manager").isEqualTo(403);
        ApiResponse settled = gateway.post("/api/followup/items/" + commitmentItem + "/settlement/accept", null,
                as(Role.CLERK));
        assertThat(settled.status()).as(settled.toString()).isEqualTo(200);
        assertThat(settled.json().get("state").asString()).isEqualTo("SETTLED");
        // the settled commitment's letter is a publication candidate for the final editor, its document
        // fetched by publication from follow-up by hash with publication's own identity
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                gateway.get("/api/publications/queue", as(Role.FINAL_EDITOR)).body())
                .contains(commitmentItem).contains("LETTER"));
        ApiResponse commitments = gateway.get("/api/followup/lists/commitments.csv", as(Role.CLERK));
        assertThat(commitments.body()).as("the commitments list as the griffie keeps it")
                .contains("voor de zomer een evaluatie");
    }

    private List<JsonNode> seats(String meetingId) {
        List<JsonNode> seats = new ArrayList<>();
        gateway.get("/api/meetings/" + meetingId, as(Role.CLERK)).json().get("members").forEach(member -> {
            String function = member.get("function").asString();
            if (function.equals("COUNCIL_MEMBER") || function.equals("COMMITTEE_MEMBER")) {
                seats.add(member);
            }
        });
        return seats;
    }

    private String attend(String meetingId, String memberId) {
        ApiResponse recorded = gateway.post("/api/meetings/" + meetingId + "/attendance",
                "{\"memberId\":\"" + memberId + "\",\"presence\":\"PRESENT\"}", as(Role.CLERK));
        assertThat(recorded.status()).as(recorded.toString()).isIn(200, 204);
        return memberId;
    }

    /** The first {@code forVotes} members vote FOR, the others AGAINST. */
    private static String ballots(String subject, String subjectId, String agendaItemId, List<String> voters,
                                  int forVotes) {
        StringBuilder votes = new StringBuilder();
        for (int i = 0; i < voters.size(); i++) {
            votes.append(i == 0 ? "" : ",").append("{\"memberId\":\"").append(voters.get(i)).append("\",\"choice\":\"")
                    .append(i < forVotes ? "FOR" : "AGAINST").append("\"}");
        }
        return "{\"subject\":\"" + subject + "\",\"subjectId\":" + (subjectId == null ? "null" : "\"" + subjectId + "\"")
                + ",\"agendaItemId\":" + (agendaItemId == null ? "null" : "\"" + agendaItemId + "\"")
                + ",\"votes\":[" + votes + "]}";
    }

    private JsonNode vote(String meetingId, String ballots) {
        ApiResponse held = gateway.post("/api/meetings/" + meetingId + "/votes", ballots,
                with(as(Role.CLERK), "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        return held.json();
    }

    private static String created(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static String sha256(byte[] bytes) {
        return nl.hamerslag.contracts.ContentHash.sha256(bytes).value();
    }
}
