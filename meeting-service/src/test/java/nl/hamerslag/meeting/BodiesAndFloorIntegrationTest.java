package nl.hamerslag.meeting;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.meeting.command.Member;
import nl.hamerslag.meeting.command.MemberFunction;
import nl.hamerslag.meeting.command.MeetingOpened;
import nl.hamerslag.meeting.command.PlanMeeting;
import nl.hamerslag.meeting.command.Presence;
import nl.hamerslag.meeting.command.RecordAttendance;
import nl.hamerslag.meeting.process.BodySeed;
import nl.hamerslag.meeting.query.BodyDetails;
import nl.hamerslag.meeting.query.BodyQueries;
import nl.hamerslag.meeting.support.MeetingIntegrationTest;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Bodies through the API and the seed, and a vote recorded through the API and published on the real Kafka. */
@MeetingIntegrationTest
class BodiesAndFloorIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Caller CLERK = Caller.of("greet.griffier", "Greet Griffier", Set.of(Role.CLERK), "Griffie");

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BodySeed seed;
    @Autowired
    BodyQueries bodies;

    private ApiClient api;

    @BeforeEach
    void setUpClient() {
        api = new ApiClient("http://localhost:" + port);
    }

    @Test
    void anAdminEstablishesABodyAndEveryoneSignedInReadsItWithItsSeatsPerPartyGroup() {
        String bodyId = "commissie-" + UUID.randomUUID().toString().substring(0, 8);
        String establish = """
                {"bodyId":"%s","kind":"COMMITTEE","name":"Commissie Bestuur","partyGroups":["D66","VVD"],
                 "members":[{"memberId":"greet","name":"Greet Griffier","function":"CLERK","subject":"greet.griffier"},
                            {"memberId":"lars","name":"Lars de Wit","function":"COUNCIL_MEMBER","partyGroup":"D66"},
                            {"memberId":"yara","name":"Yara Koster","function":"COUNCIL_MEMBER","partyGroup":"D66"},
                            {"memberId":"karin","name":"Karin Smit","function":"COUNCIL_MEMBER","partyGroup":"VVD"}]}"""
                .formatted(bodyId);

        ApiResponse notAdmin = post("/api/meetings/bodies", establish, Role.CLERK);
        assertThat(notAdmin.status()).as(notAdmin.toString()).isEqualTo(403);
        ApiResponse created = post("/api/meetings/bodies", establish, Role.ADMIN);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/meetings/bodies/" + bodyId);
        assertThat(post("/api/meetings/bodies", establish, Role.ADMIN).status()).as("an id is taken once").isEqualTo(409);

        JsonNode body = get("/api/meetings/bodies/" + bodyId, Role.COUNCIL_MEMBER).json();
        assertThat(body.get("kind").asString()).isEqualTo("COMMITTEE");
        assertThat(body.get("seats").asInt()).isEqualTo(3);
        assertThat(seatsPerGroup(body)).containsExactly("D66 2", "VVD 1");
        assertThat(body.get("members")).hasSize(4);

        ApiResponse group = post("/api/meetings/bodies/" + bodyId + "/party-groups", "{\"name\":\"CDA\"}", Role.ADMIN);
        assertThat(group.status()).as(group.toString()).isEqualTo(201);
        ApiResponse withoutGroup = post("/api/meetings/bodies/" + bodyId + "/members",
                "{\"name\":\"Hans Postma\",\"function\":\"COUNCIL_MEMBER\"}", Role.ADMIN);
        assertThat(withoutGroup.status()).as("a seat belongs to a party group").isEqualTo(422);
        assertThat(withoutGroup.contentType()).startsWith("application/problem+json");
        ApiResponse appointed = post("/api/meetings/bodies/" + bodyId + "/members",
                "{\"memberId\":\"hans\",\"name\":\"Hans Postma\",\"function\":\"COUNCIL_MEMBER\",\"partyGroup\":\"CDA\"}",
                Role.ADMIN);
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        ApiResponse ended = post("/api/meetings/bodies/" + bodyId + "/members/karin/end",
                "{\"reason\":\"Benoemd tot wethouder\"}", Role.ADMIN);
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(post("/api/meetings/bodies/" + bodyId + "/members/karin/end", null, Role.ADMIN).status())
                .as("only a current membership ends").isEqualTo(404);

        JsonNode after = get("/api/meetings/bodies/" + bodyId, Role.AUDITOR).json();
        assertThat(seatsPerGroup(after)).containsExactly("D66 2", "VVD 0", "CDA 1");
        assertThat(get("/api/meetings/bodies", Role.AUTHOR).json().toString()).contains(bodyId);
        assertThat(get("/api/meetings/bodies/geen-gremium", Role.AUTHOR).status()).isEqualTo(404);
    }

    @Test
    void theSeedPlantsACollegeACouncilOf27InSevenGroupsAndTwoCommitteesOnce() {
        List<String> seeded = List.of("college", "raad", "commissie-ruimte", "commissie-samenleving");
        // the shared test context starts with hamerslag.meeting.seed-bodies=true: the seed was planted at start-up
        List<String> again = seed.plant();

        assertThat(again).as("a restart plants nothing twice").isEmpty();
        assertThat(seeded).allMatch(id -> bodies.details(id).isPresent());
        BodyDetails council = bodies.details("raad").orElseThrow();
        assertThat(council.kind()).isEqualTo(DecidingBody.COUNCIL);
        assertThat(council.seats()).isEqualTo(27);
        assertThat(council.partyGroups()).hasSize(7);
        assertThat(council.partyGroups().stream().mapToInt(BodyDetails.PartyGroupSeats::seats).sum()).isEqualTo(27);
        assertThat(council.members()).anySatisfy(m -> {
            assertThat(m.subject()).isEqualTo("ria.raadslid");
            assertThat(m.seat()).isTrue();
        });
        assertThat(council.members()).anySatisfy(m -> {
            assertThat(m.function()).isEqualTo(MemberFunction.MAYOR);
            assertThat(m.seat()).as("the mayor chairs without a seat").isFalse();
        });
        assertThat(council.members()).anyMatch(m -> "greet.griffier".equals(m.subject()));
        BodyDetails college = bodies.details("college").orElseThrow();
        assertThat(college.members()).filteredOn(m -> m.function() == MemberFunction.ALDERMAN).hasSize(4)
                .anyMatch(m -> "wim.wethouder".equals(m.subject()));
        assertThat(college.members()).anyMatch(m -> m.function() == MemberFunction.SECRETARY);
        seeded.stream().filter(id -> id.startsWith("commissie-"))
                .forEach(id -> assertThat(bodies.details(id).orElseThrow().seats()).isEqualTo(9));
        Long established = jdbc.queryForObject("""
                select count(*) from domain_event_entry
                 where payload_type like '%BodyEstablished' and aggregate_identifier = 'raad'""", Long.class);
        assertThat(established).isEqualTo(1);
    }

    @Test
    void aVoteRecordedThroughTheApiIsPublishedWithItsResultPerPartyGroup() {
        String meetingId = "raad-" + UUID.randomUUID();
        ProposalId proposalId = ProposalId.newId();
        openCouncilMeeting(meetingId);
        String path = "/api/meetings/" + meetingId + "/votes";
        String ballots = """
                [{"memberId":"ria","choice":"FOR"},{"memberId":"piet","choice":"FOR"},
                 {"memberId":"kees","choice":"AGAINST"},{"memberId":"anna","choice":"FOR"}]""";
        String vote = """
                {"subject":"PROPOSAL","agendaItemId":"item-7","proposalId":"%s","votes":%s}""".formatted(proposalId, ballots);

        ApiResponse secretariat = post(path, vote, Role.SECRETARIAT);
        assertThat(secretariat.status()).as("the clerk records in the council: " + secretariat).isEqualTo(403);
        ApiResponse absent = post(path, """
                {"subject":"PROPOSAL","agendaItemId":"item-7","proposalId":"%s","votes":[{"memberId":"joost","choice":"FOR"}]}"""
                .formatted(proposalId), Role.CLERK);
        assertThat(absent.status()).as("a member not present does not vote: " + absent).isEqualTo(422);
        assertThat(absent.json().get("detail").asString()).contains("joost");
        ApiResponse stranger = post(path, """
                {"subject":"PROPOSAL","agendaItemId":"item-7","proposalId":"%s","votes":[{"memberId":"mallory","choice":"FOR"}]}"""
                .formatted(proposalId), Role.CLERK);
        assertThat(stranger.status()).as("a non-member does not vote").isEqualTo(422);
        ApiResponse motion = post("/api/meetings/" + meetingId + "/motions",
                "{\"title\":\"Bankjes\",\"text\":\"Verzoekt het college bankjes te plaatsen.\",\"submitters\":[]}", Role.CLERK);
        assertThat(motion.status()).as("a motion needs a submitter: " + motion).isEqualTo(400);

        ApiResponse held = post(path, vote, Role.CLERK);
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        assertThat(held.json().get("result").asString()).isEqualTo("ADOPTED");
        assertThat(held.json().get("absent").get(0).asString()).isEqualTo("joost");
        // the one visibility rule: this proposal is unknown to the meeting (no ProposalSubmitted), so nobody may see it
        assertThat(get(path, Role.COUNCIL_MEMBER).json()).as("a vote about a proposal the caller may not see").isEmpty();

        ConsumerRecord<String, byte[]> published = awaitPublished(proposalId.toString(), "VoteHeld");
        JsonNode event = json.readTree(published.value());
        assertThat(event.get("meetingId").asString()).isEqualTo(meetingId);
        assertThat(event.get("votesFor").asInt()).isEqualTo(3);
        assertThat(event.get("votesAgainst").asInt()).isEqualTo(1);
        assertThat(event.get("result").asString()).isEqualTo("ADOPTED");
        List<String> perGroup = new ArrayList<>();
        event.get("perGroup").forEach(g -> perGroup.add(g.get("partyGroup").asString() + " "
                + g.get("votesFor").asInt() + "-" + g.get("votesAgainst").asInt()));
        assertThat(perGroup).containsExactly("GroenLinks-PvdA 2-0", "VVD 1-1");
        assertThat(header(published, EventHeaders.ACTOR_SUBJECT)).isEqualTo("greet.griffier");
        assertThat(header(published, EventHeaders.ACTOR_ROLE)).isEqualTo("CLERK");

        ApiResponse commitment = post("/api/meetings/" + meetingId + "/commitments", """
                {"agendaItemId":"item-7","proposalId":"%s","text":"De raad krijgt voor de zomer een evaluatie.",
                 "madeBy":"wethouder","madeTo":"de raad","deadline":"2026-06-30"}""".formatted(proposalId), Role.CLERK);
        assertThat(commitment.status()).as(commitment.toString()).isEqualTo(201);
        assertThat(commitment.json().get("portfolioHolder").asString()).isEqualTo("Wim Wethouder");
    }

    @Test
    void anAmendmentIsDealtWithBeforeTheProposalIsVoted() {
        String meetingId = "raad-" + UUID.randomUUID();
        ProposalId proposalId = ProposalId.newId();
        openCouncilMeeting(meetingId);
        ApiResponse submitted = post("/api/meetings/" + meetingId + "/amendments", """
                {"agendaItemId":"item-7","proposalId":"%s","title":"Meer groen op het Marktplein",
                 "text":"Besluit aan te vullen met: ten minste tien bomen.","submitters":["ria"],"coSigners":["kees"]}"""
                .formatted(proposalId), Role.CLERK);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.json().get("state").asString()).isEqualTo("SUBMITTED");
        String amendmentId = submitted.json().get("id").asString();

        ApiResponse tooEarly = post("/api/meetings/" + meetingId + "/votes", """
                {"subject":"PROPOSAL","agendaItemId":"item-7","proposalId":"%s","withoutVote":true}"""
                .formatted(proposalId), Role.CLERK);
        assertThat(tooEarly.status()).as("amendments first: " + tooEarly).isEqualTo(409);
        ApiResponse withdrawn = post("/api/meetings/" + meetingId + "/amendments/" + amendmentId + "/withdraw", null,
                Role.CLERK);
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("state").asString()).isEqualTo("WITHDRAWN");
        ApiResponse adopted = post("/api/meetings/" + meetingId + "/votes", """
                {"subject":"PROPOSAL","agendaItemId":"item-7","proposalId":"%s","withoutVote":true,"recordedAgainst":["kees"]}"""
                .formatted(proposalId), Role.CLERK);
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
        assertThat(adopted.json().get("withoutVote").asBoolean()).isTrue();
        assertThat(adopted.json().get("recordedAgainst").get(0).asString()).isEqualTo("kees");
        assertThat(get("/api/meetings/" + meetingId + "/amendments", Role.COUNCIL_MEMBER).json())
                .as("an amendment to a proposal the caller may not see").isEmpty();
        assertThat(get("/api/meetings/geen-vergadering/votes", Role.COUNCIL_MEMBER).status()).isEqualTo(404);
    }

    @Test
    void theBodiesAndTheFloorAreDescribedInDutch() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");

        assertThat(paths.get("/api/meetings/bodies").get("post").get("summary").asString()).isEqualTo("Gremium instellen");
        assertThat(paths.get("/api/meetings/bodies/{bodyId}/members/{memberId}/end")).isNotNull();
        assertThat(paths.get("/api/meetings/bodies/{bodyId}/party-groups").get("post").get("summary").asString())
                .isEqualTo("Fractie vormen");
        JsonNode vote = paths.get("/api/meetings/{meetingId}/votes").get("post");
        assertThat(vote.get("summary").asString()).isEqualTo("Stemming vastleggen");
        assertThat(vote.get("responses").propertyNames()).contains("201", "400", "403", "404", "409", "422");
        assertThat(paths.get("/api/meetings/{meetingId}/amendments/{amendmentId}/hold")).isNotNull();
        assertThat(paths.get("/api/meetings/{meetingId}/motions/{motionId}/withdraw").get("post").get("summary").asString())
                .isEqualTo("Motie intrekken");
        assertThat(paths.get("/api/meetings/{meetingId}/commitments").get("post").get("summary").asString())
                .isEqualTo("Toezegging vastleggen");
    }

    /** A council meeting of five seats, opened, with Joost absent. The agenda is not this test's concern. */
    private void openCouncilMeeting(String meetingId) {
        List<Member> members = List.of(
                new Member("burgemeester", "Margriet van Dalen", MemberFunction.MAYOR, null, null),
                new Member("griffier", "Greet Griffier", MemberFunction.CLERK, null, "greet.griffier"),
                new Member("wethouder", "Wim Wethouder", MemberFunction.ALDERMAN, null, "wim.wethouder"),
                new Member("ria", "Ria Raadslid", MemberFunction.COUNCIL_MEMBER, "GroenLinks-PvdA", "ria.raadslid"),
                new Member("piet", "Piet Jansen", MemberFunction.COUNCIL_MEMBER, "GroenLinks-PvdA", null),
                new Member("kees", "Kees de Vries", MemberFunction.COUNCIL_MEMBER, "VVD", null),
                new Member("anna", "Anna Bakker", MemberFunction.COUNCIL_MEMBER, "VVD", null),
                new Member("joost", "Joost Visser", MemberFunction.COUNCIL_MEMBER, "CDA", null));
        commands.sendAndWait(new PlanMeeting(meetingId, "raad", DecidingBody.COUNCIL, "Gemeenteraad",
                LocalDate.of(2026, 3, 12), LocalTime.of(19, 30), "Raadzaal", false, members, CLERK));
        // until the agenda can be published through its API, the meeting is opened by its event
        eventStore.publish(new GenericDomainEventMessage<>("Meeting", meetingId, 2L,
                new MeetingOpened(meetingId, Instant.now())));
        for (String present : List.of("wethouder", "ria", "piet", "kees", "anna")) {
            commands.sendAndWait(new RecordAttendance(meetingId, present, Presence.PRESENT, Instant.now(), CLERK));
        }
    }

    private ApiResponse post(String path, String body, Role role) {
        return api.post(path, body, "Authorization", TestTokens.bearer(role));
    }

    private ApiResponse get(String path, Role role) {
        return api.get(path, "Authorization", TestTokens.bearer(role));
    }

    private static List<String> seatsPerGroup(JsonNode body) {
        List<String> groups = new ArrayList<>();
        body.get("partyGroups").forEach(g -> groups.add(g.get("name").asString() + " " + g.get("seats").asInt()));
        return groups;
    }

    private ConsumerRecord<String, byte[]> awaitPublished(String key, String eventType) {
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(
                KafkaTestUtils.consumerProps(broker, "meeting-test-" + UUID.randomUUID(), false),
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.MEETING);
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            await().atMost(PATIENCE).until(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key()) && eventType.equals(header(r, EventHeaders.EVENT_TYPE))) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
