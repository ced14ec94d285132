package nl.hamerslag.system;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static nl.hamerslag.system.Dossier.as;
import static nl.hamerslag.system.Dossier.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The meeting service through the gateway, as the secretariat and the griffie use it. */
final class Meetings {

    private final ApiClient gateway;

    Meetings(ApiClient gateway) {
        this.gateway = gateway;
    }

    void awaitReady(String body, String proposalId, Role keeper) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                gateway.get("/api/meetings/ready?body=" + body, as(keeper)).body()).contains(proposalId));
    }

    String plan(String bodyId, Role keeper) {
        ApiResponse planned = gateway.post("/api/meetings", "{\"bodyId\":\"" + bodyId + "\",\"date\":\""
                        + LocalDate.now().plusDays(7) + "\",\"startsAt\":\"19:30\",\"place\":\"Raadzaal\"}",
                with(as(keeper), "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        return planned.json().get("meeting").get("id").asString();
    }

    String schedule(String meetingId, String proposalId, String itemType, Role keeper) {
        ApiResponse added = gateway.post("/api/meetings/" + meetingId + "/agenda/proposals",
                "{\"proposalId\":\"" + proposalId + "\",\"itemType\":\"" + itemType + "\"}", as(keeper));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("proposalId").asString()).isEqualTo(proposalId);
        return added.json().get("id").asString();
    }

    void publish(String meetingId, Role keeper) {
        ApiResponse published = gateway.post("/api/meetings/" + meetingId + "/agenda/publish", null, as(keeper));
        assertThat(published.status()).as(published.toString()).isIn(200, 204);
    }

    void open(String meetingId, Role keeper) {
        ApiResponse opened = gateway.post("/api/meetings/" + meetingId + "/open", null, as(keeper));
        assertThat(opened.status()).as(opened.toString()).isIn(200, 204);
    }

    ApiResponse decide(String meetingId, String itemId, String decision, Role keeper) {
        return gateway.post("/api/meetings/" + meetingId + "/agenda/" + itemId + "/decision", decision, as(keeper));
    }
}
