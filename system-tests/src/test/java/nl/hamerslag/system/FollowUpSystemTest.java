package nl.hamerslag.system;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static nl.hamerslag.system.Dossier.as;
import static nl.hamerslag.system.Dossier.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A council question the griffie registers late: its legal term has passed, so the deadline watch of
 * the running system marks it overdue by itself, and the griffie's overviews show it. (The follow-up
 * of a council meeting's decisions, commitments and motions is part of {@link MeetingSystemTest}.)
 */
@ExtendWith(SystemUnderTest.class)
class FollowUpSystemTest {

    @Test
    void aCouncilQuestionPastItsLegalTermGoesOverdueAndIsListedSo() {
        ApiClient gateway = new ApiClient(SystemUnderTest.system().gatewayUrl());
        String text = "Hoeveel fietsen staan er bij het station? " + UUID.randomUUID();
        ApiResponse withoutSubmitter = gateway.post("/api/followup/questions", "{\"kind\":\"TECHNICAL\",\"text\":\""
                + text + "\",\"receivedOn\":\"" + LocalDate.now() + "\"}", as(Role.CLERK));
        assertThat(withoutSubmitter.status()).as("a question names who asked it").isEqualTo(400);

        ApiResponse registered = gateway.post("/api/followup/questions", "{\"kind\":\"WRITTEN_POLITICAL\","
                        + "\"submitter\":\"Fractie Groen\",\"text\":\"" + text + "\",\"receivedOn\":\""
                        + LocalDate.now().minusDays(40) + "\",\"department\":\"Ruimte\"}",
                with(as(Role.CLERK), "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        assertThat(registered.json().get("deadline").asString())
                .as("the legal term of 30 days from receipt").isEqualTo(LocalDate.now().minusDays(10).toString());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode item = gateway.get("/api/followup/items/" + id, as(Role.CLERK)).json();
            assertThat(item.get("overdue").asBoolean()).as("the deadline watch marked it").isTrue();
        });
        JsonNode overdue = gateway.get("/api/followup/items?overdue=true&kind=QUESTION", as(Role.CLERK)).json();
        assertThat(overdue.toString()).contains(id);
        JsonNode notOverdue = gateway.get("/api/followup/items?overdue=false&kind=QUESTION", as(Role.CLERK)).json();
        assertThat(notOverdue.toString()).doesNotContain(id);
    }
}
