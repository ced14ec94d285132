package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.approval.RouteCompleted;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.contracts.approval.RouteOpened.Stage;
import nl.hamerslag.contracts.approval.RouteOpened.Step;
import nl.hamerslag.contracts.approval.StepApproved;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ApprovalRouteTest {

    private static final ProposalId PROPOSAL = ProposalId.of("5f0c1d2e-0000-4000-8000-000000000001");
    private static final ContentHash V1 = ContentHash.sha256("version 1");
    private static final ContentHash V2 = ContentHash.sha256("version 2");
    private static final String ROUTE = OpenRoute.routeId(PROPOSAL, V1);

    private static final Step MANAGER = new Step("manager", Role.MANAGER);
    private static final Step FINANCIAL = new Step("financial-controller", Role.FINANCIAL_CONTROLLER);
    private static final Step LEGAL = new Step("legal-controller", Role.LEGAL_CONTROLLER);
    private static final Step SECRETARY = new Step("municipal-secretary", Role.MUNICIPAL_SECRETARY);

    private static final List<Stage> FULL_ROUTE = List.of(
            new Stage(1, List.of(MANAGER)), new Stage(2, List.of(FINANCIAL, LEGAL)), new Stage(3, List.of(SECRETARY)));

    private AggregateTestFixture<ApprovalRoute> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ApprovalRoute.class);
        fixture.registerInjectableResource(new ConsequencesRoutePolicy());
    }

    // --- the route follows from the submission's consequences

    @Test
    void withoutConsequencesTheManagerSignsThenTheSecretary() {
        fixture.givenNoPriorActivity()
                .when(open(false, false))
                .expectEvents(opened(new Stage(1, List.of(MANAGER)), new Stage(2, List.of(SECRETARY))),
                        stageOpened(1, "manager"));
    }

    @Test
    void financialConsequencesPutTheFinancialControllerBetweenManagerAndSecretary() {
        fixture.givenNoPriorActivity()
                .when(open(true, false))
                .expectEvents(opened(new Stage(1, List.of(MANAGER)), new Stage(2, List.of(FINANCIAL)),
                        new Stage(3, List.of(SECRETARY))), stageOpened(1, "manager"));
    }

    @Test
    void legalConsequencesPutTheLegalControllerBetweenManagerAndSecretary() {
        fixture.givenNoPriorActivity()
                .when(open(false, true))
                .expectEvents(opened(new Stage(1, List.of(MANAGER)), new Stage(2, List.of(LEGAL)),
                        new Stage(3, List.of(SECRETARY))), stageOpened(1, "manager"));
    }

    @Test
    void bothConsequencesPutBothControllersInOneParallelStage() {
        fixture.givenNoPriorActivity()
                .when(open(true, true))
                .expectEvents(opened(FULL_ROUTE.toArray(Stage[]::new)), stageOpened(1, "manager"));
    }

    @Test
    void theSameVersionSubmittedAgainOpensNoSecondRoute() {
        fixture.given(opened(FULL_ROUTE.toArray(Stage[]::new)), stageOpened(1, "manager"))
                .when(open(true, true))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherVersionOfTheSameProposalGetsARouteOfItsOwn() {
        assertThat(OpenRoute.routeId(PROPOSAL, V2)).isNotEqualTo(ROUTE);
    }

    // --- order: manager first, controllers in parallel, secretary last

    @Test
    void theManagerSignsFirst() {
        fixture.given(openedFullRoute())
                .when(approve("financial-controller", Role.FINANCIAL_CONTROLLER))
                .expectException(StepNotYetDue.class)
                .expectNoEvents();
    }

    @Test
    void theManagersApprovalMakesBothControllersDue() {
        fixture.given(openedFullRoute())
                .when(approve("manager", Role.MANAGER))
                .expectEvents(approved(MANAGER), stageOpened(2, "financial-controller", "legal-controller"));
    }

    @Test
    void oneControllerApprovingDoesNotMakeTheSecretaryDue() {
        fixture.given(openedFullRoute())
                .andGiven(approved(MANAGER), stageOpened(2, "financial-controller", "legal-controller"))
                .when(approve("financial-controller", Role.FINANCIAL_CONTROLLER))
                .expectEvents(approved(FINANCIAL));
    }

    @Test
    void bothControllersMustApproveBeforeTheSecretaryIsDue() {
        fixture.given(openedFullRoute())
                .andGiven(approved(MANAGER), stageOpened(2, "financial-controller", "legal-controller"),
                        approved(FINANCIAL))
                .when(approve("municipal-secretary", Role.MUNICIPAL_SECRETARY))
                .expectException(StepNotYetDue.class);
    }

    @Test
    void theSecondControllersApprovalMakesTheSecretaryDue() {
        fixture.given(openedFullRoute())
                .andGiven(approved(MANAGER), stageOpened(2, "financial-controller", "legal-controller"),
                        approved(FINANCIAL))
                .when(approve("legal-controller", Role.LEGAL_CONTROLLER))
                .expectEvents(approved(LEGAL), stageOpened(3, "municipal-secretary"));
    }

    @Test
    void aStepOfALaterStageIsNotYetDue() {
        fixture.given(openedFullRoute())
                .when(approve("municipal-secretary", Role.MUNICIPAL_SECRETARY))
                .expectException(StepNotYetDue.class)
                .expectNoEvents();
    }

    @Test
    void theSecretarysApprovalCompletesTheRoute() {
        fixture.given(openedFullRoute())
                .andGiven(approved(MANAGER), stageOpened(2, "financial-controller", "legal-controller"),
                        approved(FINANCIAL), approved(LEGAL), stageOpened(3, "municipal-secretary"))
                .when(approve("municipal-secretary", Role.MUNICIPAL_SECRETARY))
                .expectEvents(approved(SECRETARY), new RouteCompleted(PROPOSAL, ROUTE, V1));
    }

    // --- who may sign, and what

    @Test
    void onlyTheRoleTheStepAsksForCanSignIt() {
        fixture.given(openedFullRoute())
                .when(approve("manager", Role.LEGAL_CONTROLLER))
                .expectException(NotTheStepsRole.class)
                .expectNoEvents();
    }

    @Test
    void aTokenWithSeveralRolesSignsInTheRoleTheStepAsksFor() {
        Signatory both = new Signatory("mark.leidinggevende", "Mark Leidinggevende", Set.of(Role.AUTHOR, Role.MANAGER));
        fixture.given(openedFullRoute())
                .when(new ApproveStep(ROUTE, "manager", both, null, null))
                .expectEvents(new StepApproved(PROPOSAL, ROUTE, "manager", Role.MANAGER, V1,
                                new Actor("mark.leidinggevende", "Mark Leidinggevende", Role.MANAGER), "", null),
                        stageOpened(2, "financial-controller", "legal-controller"));
    }

    @Test
    void aStepIsApprovedOnlyOnce() {
        fixture.given(openedFullRoute())
                .andGiven(approved(MANAGER), stageOpened(2, "financial-controller", "legal-controller"))
                .when(approve("manager", Role.MANAGER))
                .expectException(StepAlreadyApproved.class)
                .expectNoEvents();
    }

    @Test
    void aStepTheRouteDoesNotHaveIsNotFound() {
        fixture.given(openedFullRoute())
                .when(approve("mayor", Role.MANAGER))
                .expectException(StepNotInRoute.class);
    }

    @Test
    void theSignatureNamesTheRoutesVersionAndKeepsTheRemarks() {
        fixture.given(openedFullRoute())
                .when(new ApproveStep(ROUTE, "manager", signatory(Role.MANAGER), V1, "  Akkoord, let op de planning.  "))
                .expectEvents(new StepApproved(PROPOSAL, ROUTE, "manager", Role.MANAGER, V1,
                                signatory(Role.MANAGER).as(Role.MANAGER), "Akkoord, let op de planning.", null),
                        stageOpened(2, "financial-controller", "legal-controller"));
    }

    @Test
    void signingAnotherVersionThanTheRoutesIsRefused() {
        fixture.given(openedFullRoute())
                .when(new ApproveStep(ROUTE, "manager", signatory(Role.MANAGER), V2, null))
                .expectException(NotTheVersionUnderReview.class)
                .expectNoEvents();
    }

    // --- helpers

    private static OpenRoute open(boolean financial, boolean legal) {
        return OpenRoute.forSubmission(PROPOSAL, V1,
                new Submission(ProposalType.COLLEGE_PROPOSAL, DecidingBody.COLLEGE, financial, legal));
    }

    private static RouteOpened opened(Stage... stages) {
        return new RouteOpened(PROPOSAL, ROUTE, V1, List.of(stages));
    }

    private static Object[] openedFullRoute() {
        return new Object[]{opened(FULL_ROUTE.toArray(Stage[]::new)), stageOpened(1, "manager")};
    }

    private static StageOpened stageOpened(int stage, String... stepIds) {
        return new StageOpened(ROUTE, PROPOSAL, stage, List.of(stepIds));
    }

    private static Signatory signatory(Role role) {
        return new Signatory("user-" + role.name().toLowerCase(), "Gebruiker " + role, Set.of(role));
    }

    private static ApproveStep approve(String stepId, Role role) {
        return new ApproveStep(ROUTE, stepId, signatory(role), null, null);
    }

    private static StepApproved approved(Step step) {
        return new StepApproved(PROPOSAL, ROUTE, step.stepId(), step.role(), V1, signatory(step.role()).as(step.role()), "", null);
    }
}
