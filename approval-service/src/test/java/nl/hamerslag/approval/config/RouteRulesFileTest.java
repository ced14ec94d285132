package nl.hamerslag.approval.config;

import nl.hamerslag.approval.command.RoutePlan;
import nl.hamerslag.approval.command.RouteRules;
import nl.hamerslag.approval.command.Submission;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteRulesFileTest {

    @Test
    void theDefaultFileHasARuleForCouncilProposalsAndOneForTheRest() {
        RouteRules rules = RouteRulesFile.load(new ClassPathResource("approval-rules.yml"));

        assertThat(rules.rules()).extracting(RouteRules.Rule::name).containsExactly("raadsvoorstel", "standaard");
    }

    @Test
    void aStepCanNameADepartmentTheProposalsOwnOneAndItsOwnTerm() {
        RouteRules rules = RouteRulesFile.parse("test.yml", """
                rules:
                  - name: alles
                    stages:
                      - steps:
                          - { id: manager, role: MANAGER, own-department: true, working-days: 3 }
                          - { id: controller, role: FINANCIAL_CONTROLLER, department: Financiën }
                """);

        RoutePlan plan = rules.planFor(new Submission(ProposalType.MEMO, DecidingBody.COLLEGE, false, false, "Ruimte", "anna.steller",
                Confidentiality.OPENBAAR));

        assertThat(plan.stages().get(0).steps()).containsExactly(
                new RoutePlan.PlannedStep("manager", Role.MANAGER, "Ruimte", 3),
                new RoutePlan.PlannedStep("controller", Role.FINANCIAL_CONTROLLER, "Financiën", null));
    }

    @Test
    void aStageWhoseStepsAllDropOutIsLeftOutAndTheRestRenumbered() {
        RouteRules rules = RouteRulesFile.load(new ClassPathResource("approval-rules.yml"));

        RoutePlan plan = rules.planFor(new Submission(ProposalType.COUNCIL_PROPOSAL, DecidingBody.COUNCIL, false, false, "Ruimte", "anna.steller",
                Confidentiality.OPENBAAR));

        assertThat(plan.rule()).isEqualTo("raadsvoorstel");
        assertThat(plan.stages()).extracting(RoutePlan.PlannedStage::number).containsExactly(1, 2, 3);
        assertThat(plan.stages()).extracting(s -> s.steps().get(0).stepId())
                .containsExactly("manager", "clerk", "municipal-secretary");
    }

    @Test
    void anUnknownRoleNamesTheFileAndTheLine() {
        assertThatThrownBy(() -> RouteRulesFile.load(new ClassPathResource("rules/invalid-role.yml")))
                .isInstanceOf(InvalidRouteRules.class)
                .hasMessageContaining("invalid-role.yml")
                .hasMessageContaining("line 7")
                .hasMessageContaining("unknown role 'FINANCIAL_CONTROLER'");
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertInvalid("""
                rules:
                  - name: standaard
                    stages:
                      - steps: [ { id: manager, role: MANAGER }
                """, 5, "not valid YAML");
    }

    @Test
    void anUnknownKeyIsRefused() {
        assertInvalid("""
                rules:
                  - name: standaard
                    stages:
                      - steps:
                          - { id: manager, role: MANAGER, afdeling: Ruimte }
                """, 5, "unknown key 'afdeling'");
    }

    @Test
    void anUnknownConditionIsRefused() {
        assertInvalid("""
                rules:
                  - name: standaard
                    stages:
                      - steps:
                          - { id: manager, role: MANAGER }
                          - { id: controller, role: FINANCIAL_CONTROLLER, if: money }
                """, 6, "unknown condition 'money'");
    }

    @Test
    void aStepIdUsedTwiceInARuleIsRefused() {
        assertInvalid("""
                rules:
                  - name: standaard
                    stages:
                      - steps:
                          - { id: manager, role: MANAGER }
                      - steps:
                          - { id: manager, role: MUNICIPAL_SECRETARY }
                """, 7, "step id 'manager' is used twice");
    }

    @Test
    void rulesThatLeaveSomeProposalsWithoutARouteAreRefused() {
        assertInvalid("""
                rules:
                  - name: alleen raadsvoorstellen
                    when: { types: [COUNCIL_PROPOSAL] }
                    stages:
                      - steps:
                          - { id: manager, role: MANAGER }
                """, 2, "no rule applies to a COLLEGE_PROPOSAL");
    }

    @Test
    void aRuleWithOnlyConditionalStepsIsRefused() {
        assertInvalid("""
                rules:
                  - name: standaard
                    stages:
                      - steps:
                          - { id: controller, role: FINANCIAL_CONTROLLER, if: financial-consequences }
                """, 2, "only conditional steps");
    }

    @Test
    void aTermIsAWholeNumberOfWorkingDays() {
        assertInvalid("""
                rules:
                  - name: standaard
                    stages:
                      - steps:
                          - { id: manager, role: MANAGER, working-days: vijf }
                """, 5, "working-days must be a whole number");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertInvalid("", 1, "the file is empty");
    }

    @Test
    void aMissingFileIsRefused() {
        assertThatThrownBy(() -> RouteRulesFile.load(new ClassPathResource("rules/does-not-exist.yml")))
                .isInstanceOf(InvalidRouteRules.class)
                .hasMessageContaining("does-not-exist.yml")
                .hasMessageContaining("does not exist");
    }

    @Test
    void theServiceDoesNotStartWithAnInvalidRuleFile() {
        new ApplicationContextRunner()
                .withUserConfiguration(ApprovalConfiguration.class)
                .withPropertyValues("hamerslag.approval.rules-location=classpath:rules/invalid-role.yml")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isInstanceOf(InvalidRouteRules.class)
                            .hasMessageContaining("invalid-role.yml], line 7");
                });
    }

    @Test
    void theServiceStartsWithTheDefaultRules() {
        new ApplicationContextRunner()
                .withUserConfiguration(ApprovalConfiguration.class)
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(RouteRules.class));
    }

    private static void assertInvalid(String yaml, int line, String problem) {
        assertThatThrownBy(() -> RouteRulesFile.parse("test-rules.yml", yaml))
                .isInstanceOf(InvalidRouteRules.class)
                .hasMessageContaining("test-rules.yml")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((InvalidRouteRules) e).line()).as(e.getMessage()).isEqualTo(line));
    }

}
