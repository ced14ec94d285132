package nl.hamerslag.followup.web;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.meeting.CommitmentMade;
import nl.hamerslag.followup.support.FollowUpApi;
import nl.hamerslag.followup.support.FollowupIntegrationTest;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static nl.hamerslag.followup.support.FollowUpApi.bearer;
import static nl.hamerslag.followup.support.FollowUpApi.itemId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** GET /api/followup/items/{id}?asOf= answers the item as it was then, in the shape of the current one. */
@FollowupIntegrationTest
class ItemAsOfIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    MovableClock clock;

    @Test
    void anItemAsOfAMomentIsWhatItWasThen() {
        FollowUpApi api = new FollowUpApi(port, kafka);
        Instant beforeIt = Instant.now();
        ProposalId proposal = api.submitted(Confidentiality.OPENBAAR, DecidingBody.COUNCIL);
        String commitmentId = "commitment-" + UUID.randomUUID();
        api.publish(Topics.MEETING, new CommitmentMade("meeting-" + UUID.randomUUID(), commitmentId, proposal, "item-1",
                "De wethouder stuurt een evaluatie", "member-wim", "wim.wethouder", "de raad", LocalDate.of(2031, 3, 1)));
        String item = itemId("commitment", commitmentId);
        String clerk = bearer(Role.CLERK);
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/followup/items/" + item, clerk).status() == 200);
        ApiResponse open = api.get("/api/followup/items/" + item, clerk);
        Instant beforeStarting = Instant.now();
        assertThat(api.post("/api/followup/items/" + item + "/start", null, clerk).status()).isEqualTo(200);
        ApiResponse started = api.get("/api/followup/items/" + item, clerk);
        clockNotBehind();

        ApiResponse then = api.get("/api/followup/items/" + item + "?asOf=" + beforeStarting, clerk);
        assertThat(then.status()).as(then.toString()).isEqualTo(200);
        assertThat(then.json()).isEqualTo(open.json());
        assertThat(then.json().get("state").asString()).isEqualTo("OPEN");
        assertThat(api.get("/api/followup/items/" + item + "?asOf=" + Instant.now(), clerk).json()).isEqualTo(started.json());
        assertThat(api.get("/api/followup/items/" + item + "?asOf=" + beforeIt, clerk).status()).isEqualTo(404);

        // far ahead: other tests move the service clock (MovableClock) days forward
        ApiResponse future = api.get("/api/followup/items/" + item + "?asOf=" + Instant.now().plus(Duration.ofDays(3650)), clerk);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("detail").asString()).contains("future");
        ApiResponse malformed = api.get("/api/followup/items/" + item + "?asOf=vorige-week", clerk);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asString()).contains("ISO-8601");
    }

    /**
     * The service judges "the future" by its clock, which the tests move by hand and which stands still
     * otherwise, while events get the real time: bring it up to now so that a moment just past is allowed.
     */
    private void clockNotBehind() {
        Duration behind = Duration.between(clock.instant(), Instant.now());
        if (!behind.isNegative()) {
            clock.advance(behind.plusSeconds(60));
        }
    }
}
