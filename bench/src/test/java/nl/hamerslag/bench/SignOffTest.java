package nl.hamerslag.bench;

import nl.hamerslag.contracts.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A route is signed stage after stage, each step by its own role: the order and the roles come from the answer. */
class SignOffTest {

    @Test
    void theStepsComeStageAfterStageWithTheirRoles() throws Exception {
        String route = """
                {"routeId":"r-1","proposalId":"p-1","version":"abc","status":"OPEN","stages":[
                 {"number":1,"steps":[{"stepId":"manager","role":"MANAGER","department":"Ruimte","state":"DUE"}]},
                 {"number":2,"steps":[
                   {"stepId":"financial-controller","role":"FINANCIAL_CONTROLLER","state":"WAITING"},
                   {"stepId":"legal-controller","role":"LEGAL_CONTROLLER","state":"WAITING"}]},
                 {"number":3,"steps":[{"stepId":"municipal-secretary","role":"MUNICIPAL_SECRETARY","state":"WAITING"}]}]}
                """;

        assertThat(SignOff.steps(route)).containsExactly(
                new SignOff.Step("manager", Role.MANAGER),
                new SignOff.Step("financial-controller", Role.FINANCIAL_CONTROLLER),
                new SignOff.Step("legal-controller", Role.LEGAL_CONTROLLER),
                new SignOff.Step("municipal-secretary", Role.MUNICIPAL_SECRETARY));
    }
}
