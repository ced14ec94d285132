package nl.hamerslag.meeting.web;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.meeting.query.BodyDirectory;
import nl.hamerslag.meeting.support.MeetingApi;
import nl.hamerslag.meeting.support.MeetingIntegrationTest;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Instant;
import java.time.LocalDate;

import static nl.hamerslag.meeting.support.MeetingApi.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/meetings/{id}?asOf= answers the meeting as it was then, in the shape of the current one. */
@MeetingIntegrationTest
class MeetingAsOfIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    BodyDirectory bodies;

    MeetingApi api;

    @BeforeEach
    void setUp() {
        api = new MeetingApi(port, kafka, bodies);
    }

    @Test
    void aMeetingAsOfAMomentIsWhatItWasThen() {
        Instant beforeIt = Instant.now();
        String meeting = api.planned(api.body(DecidingBody.COLLEGE), LocalDate.of(2026, 5, 12), SECRETARIAT);
        ApiResponse planned = api.get("/api/meetings/" + meeting, SECRETARIAT);
        Instant beforeCancelling = Instant.now();
        api.ok(api.post("/api/meetings/" + meeting + "/cancel", "{\"reason\":\"Geen agendapunten.\"}", SECRETARIAT));
        ApiResponse cancelled = api.get("/api/meetings/" + meeting, SECRETARIAT);
        assertThat(cancelled.json().get("meeting")).isNotEqualTo(planned.json().get("meeting"));

        ApiResponse then = asOf(meeting, beforeCancelling);
        assertThat(then.status()).as(then.toString()).isEqualTo(200);
        assertThat(then.json()).isEqualTo(planned.json());
        assertThat(asOf(meeting, Instant.now()).json()).isEqualTo(cancelled.json());
        assertThat(asOf(meeting, beforeIt).status()).isEqualTo(404);

        ApiResponse future = asOf(meeting, Instant.now().plusSeconds(600));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("detail").asString()).contains("future");
        ApiResponse malformed = api.get("/api/meetings/" + meeting + "?asOf=morgen", SECRETARIAT);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asString()).contains("ISO-8601");
    }

    private ApiResponse asOf(String meeting, Instant at) {
        return api.get("/api/meetings/" + meeting + "?asOf=" + at, SECRETARIAT);
    }
}
