package nl.hamerslag.gateway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServicesHealthTest extends LocalGatewayTest {

    @AfterEach
    void everyServiceUpAgain() {
        SERVICES.values().forEach(service -> service.answerHealth("UP"));
    }

    @Test
    void anAnonymousCallerSeesWhetherTheSystemIsUpButNotItsServicesOrWhereTheyRun() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components").doesNotExist()
                .jsonPath("$.details").doesNotExist();
    }

    @Test
    void anAnonymousCallerSeesDownWhenOneServiceIsDown() {
        SERVICES.get("approval").answerHealth("DOWN");

        client.get().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.status").isEqualTo("DOWN")
                .jsonPath("$.components").doesNotExist();
    }

    @Test
    void aUserWithAnotherRoleSeesNoDetails() {
        client.get().uri("/actuator/health").headers(h -> h.setBearerAuth(tokenFor("MUNICIPAL_SECRETARY"))).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.components").doesNotExist();
    }

    @Test
    void anAdminSeesEveryServiceWhenAllAreUp() {
        client.get().uri("/actuator/health").headers(h -> h.setBearerAuth(tokenFor("ADMIN"))).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.services.status").isEqualTo("UP")
                .jsonPath("$.components.services.details.drafting.status").isEqualTo("UP")
                .jsonPath("$.components.services.details.followup.status").isEqualTo("UP")
                .jsonPath("$.components.services.details.followup.url").isEqualTo(SERVICES.get("followup").url());
    }

    @Test
    void anAdminSeesWhichServiceIsDown() {
        SERVICES.get("approval").answerHealth("DOWN");

        client.get().uri("/actuator/health").headers(h -> h.setBearerAuth(tokenFor("ADMIN"))).exchange()
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

    @Test
    void readinessAnswersWithoutAToken() {
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
