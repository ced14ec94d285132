package nl.hamerslag.meeting;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.meeting.support.MeetingApi;
import nl.hamerslag.meeting.support.MeetingApi.Proposal;
import nl.hamerslag.meeting.support.MeetingIntegrationTest;
import nl.hamerslag.meeting.query.BodyDirectory;
import nl.hamerslag.test.hostile.ApiOperation;
import nl.hamerslag.test.hostile.EveryRoleToken;
import nl.hamerslag.test.hostile.HostileInputHarness;
import nl.hamerslag.test.hostile.HostileReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of meeting's OpenAPI document with hostile values (ADR 0022): no 5xx, every error
 * problem+json, nothing stored by a refusal. Each operation gets a meeting of its own, with an
 * approved proposal on its agenda (made ready by drafting's and approval's events on Kafka), another
 * ready proposal to schedule, and, where the operation is about the meeting in session, the agenda
 * published and the meeting opened.
 */
@MeetingIntegrationTest
class HostileInputTest {

    private static final LocalDate DATE = LocalDate.of(2026, 6, 2);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    BodyDirectory bodies;

    @Test
    void noHostileInputIsAServerErrorOrStoredWhenRefused() {
        String bearer = EveryRoleToken.bearer();
        MeetingApi api = new MeetingApi(port, kafka, bodies);

        HostileReport report = HostileInputHarness.against("meeting-service", port, jdbc)
                .bearer(bearer)
                .knownValues(operation -> meetingFor(operation, api, bearer))
                .run();

        report.assertNoFindings();
        assertThat(report.onDocumentedOperations()).isGreaterThanOrEqualTo(1500);
    }

    private static Map<String, String> meetingFor(ApiOperation operation, MeetingApi api, String bearer) {
        Map<String, String> known = new HashMap<>(Map.of("bodyId", api.body(DecidingBody.COLLEGE), "memberId",
                api.anyMember(DecidingBody.COLLEGE),
                "body", "COLLEGE"));
        if (operation.probe() || !operation.path().contains("{id}")) {
            return known;
        }
        String path = operation.path();
        String previous = api.planned(api.body(DecidingBody.COLLEGE), DATE.minusDays(7), bearer);
        String meeting = api.planned(api.body(DecidingBody.COLLEGE), DATE, bearer);
        Proposal onAgenda = api.approved("Op de agenda", Confidentiality.OPENBAAR, DecidingBody.COLLEGE);
        Proposal toSchedule = api.approved("Te agenderen", Confidentiality.OPENBAAR, DecidingBody.COLLEGE);
        String item = path.endsWith("/close") ? api.standing(meeting, "OPENING", null, bearer)
                : path.endsWith("/adopt-decision-list") ? api.standing(meeting, "PREVIOUS_DECISION_LIST", previous, bearer)
                : api.scheduled(meeting, onAgenda.id(), "HAMMER_ITEM", bearer);
        boolean inSession = path.endsWith("/decision") || path.endsWith("/decide-hammer-items")
                || path.endsWith("/adopt-decision-list") || path.endsWith("/attendance") || path.endsWith("/close")
                || path.endsWith("/decision-list");
        if (inSession) {
            api.publishedAndOpened(meeting, bearer);
        }
        if (path.endsWith("/decision-list")) {
            api.ok(api.post("/api/meetings/" + meeting + "/agenda/decide-hammer-items", null, bearer));
            api.ok(api.post("/api/meetings/" + meeting + "/close", null, bearer));
        }
        known.putAll(Map.of("id", meeting, "itemId", item, "proposalId", toSchedule.id().toString(),
                "previousMeetingId", previous));
        return known;
    }
}
