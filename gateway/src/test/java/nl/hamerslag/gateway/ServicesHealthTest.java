package nl.hamerslag.gateway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServicesHealthTest extends LocalGatewayTest {

    @AfterEach
    void everyServiceUpAgain() {
        SERVICES.values().forEach(service -> service.answerHealth("UP"));
    }

    @Test
    void healthIsUpWhenEveryServiceAnswersUp() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.services.status").isEqualTo("UP")
                .jsonPath("$.components.services.details.drafting.status").isEqualTo("UP")
                .jsonPath("$.components.services.details.followup.status").isEqualTo("UP");
    }

    @Test
    void healthIsDownWhenOneServiceAnswersDown() {
        SERVICES.get("approval").answerHealth("DOWN");

        client.get().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.status").isEqualTo("DOWN")
                .jsonPath("$.components.services.details.approval.status").isEqualTo("DOWN")
                .jsonPath("$.components.services.details.meeting.status").isEqualTo("UP");
    }

    @Test
    void livenessDoesNotDependOnTheServices() {
        SERVICES.get("approval").answerHealth("DOWN");

        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }
}
