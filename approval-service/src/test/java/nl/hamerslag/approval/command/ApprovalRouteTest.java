package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.approval.ReturnedForRevision;
import nl.hamerslag.contracts.approval.ReturnedForRevision.Remark;
import nl.hamerslag.contracts.approval.RouteCompleted;
import nl.hamerslag.contracts.approval.RouteSuperseded;
import nl.hamerslag.contracts.approval.StepApproved;
import nl.hamerslag.contracts.approval.StepDelegated;
import nl.hamerslag.contracts.approval.StepRefused;
import nl.hamerslag.contracts.approval.StepSkipped;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static nl.hamerslag.approval.command.RouteFixtures.CLERK;
import static nl.hamerslag.approval.command.RouteFixtures.FINANCIAL;
import static nl.hamerslag.approval.command.RouteFixtures.FRIDAY;
import static nl.hamerslag.approval.command.RouteFixtures.FULL_PLAN;
import static nl.hamerslag.approval.command.RouteFixtures.LEGAL;
import static nl.hamerslag.approval.command.RouteFixtures.MANAGER;
import static nl.hamerslag.approval.command.RouteFixtures.PROPOSAL;
import static nl.hamerslag.approval.command.RouteFixtures.ROUTE;
import static nl.hamerslag.approval.command.RouteFixtures.SECRETARY;
import static nl.hamerslag.approval.command.RouteFixtures.V1;
import static nl.hamerslag.approval.command.RouteFixtures.V2;
import static nl.hamerslag.approval.command.RouteFixtures.approved;
import static nl.hamerslag.approval.command.RouteFixtures.onFriday;
import static nl.hamerslag.approval.command.RouteFixtures.open;
import static nl.hamerslag.approval.command.RouteFixtures.opened;
import static nl.hamerslag.approval.command.RouteFixtures.plan;
import static nl.hamerslag.approval.command.RouteFixtures.signatory;
import static nl.hamerslag.approval.command.RouteFixtures.stageDue;
import static org.assertj.core.api.Assertions.assertThat;

class ApprovalRouteTest {

    private AggregateTestFixture<ApprovalRoute> fixture;

    @BeforeEach
    void setUp() {
        fixture = RouteFixtures.fixture();
    }

    @Nested
    class TheDefaultRulesBuildTheRoute {

        @Test
        void withoutConsequencesTheManagerSignsThenTheSecretary() {
            expectRoute(open(ProposalType.COLLEGE_PROPOSAL, false, false),
                    plan("standaard", List.of(MANAGER), List.of(SECRETARY)));
        }

        @Test
        void financialConsequencesPutTheFinancialControllerBetweenManagerAndSecretary() {
            expectRoute(open(ProposalType.COLLEGE_PROPOSAL, true, false),
                    plan("standaard", List.of(MANAGER), List.of(FINANCIAL), List.of(SECRETARY)));
        }

        @Test
        void legalConsequencesPutTheLegalControllerBetweenManagerAndSecretary() {
            expectRoute(open(ProposalType.MEMO, false, true),
                    plan("standaard", List.of(MANAGER), List.of(LEGAL), List.of(SECRETARY)));
        }

        @Test
        void bothConsequencesPutBothControllersInOneParallelStage() {
            expectRoute(open(ProposalType.COLLEGE_PROPOSAL, true, true), FULL_PLAN);
        }

        @Test
        void aCouncilProposalAddsTheClerksReviewBeforeTheSecretary() {
            expectRoute(open(ProposalType.COUNCIL_PROPOSAL, true, false),
                    plan("raadsvoorstel", List.of(MANAGER), List.of(FINANCIAL), List.of(CLERK), List.of(SECRETARY)));
        }

        @Test
        void theSameSubmissionDeliveredAgainOpensNoSecondRoute() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(open(ProposalType.COLLEGE_PROPOSAL, true, true))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void eachSubmissionGetsARouteOfItsOwnEvenWithUnchangedContent() {
            assertThat(OpenRoute.routeId("submission-event-2")).isNotEqualTo(ROUTE);
            assertThat(OpenRoute.routeId("submission-event-1")).isEqualTo(ROUTE);
        }

        private void expectRoute(OpenRoute command, RoutePlan plan) {
            fixture.givenCurrentTime(FRIDAY)
                    .when(command)
                    .expectEvents(opened(plan));
        }
    }

    @Nested
    class Order {

        @Test
        void theManagerSignsFirst() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(approve("financial-controller", Role.FINANCIAL_CONTROLLER))
                    .expectException(StepNotYetDue.class)
                    .expectNoEvents();
        }

        @Test
        void theManagersApprovalMakesBothControllersDue() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(approve("manager", Role.MANAGER))
                    .expectEvents(events(approved(MANAGER), stageDue(FULL_PLAN.stages().get(1), FRIDAY)));
        }

        @Test
        void oneControllerApprovingDoesNotMakeTheSecretaryDue() {
            onFriday(fixture, opened(FULL_PLAN)).andGiven(afterManager())
                    .when(approve("financial-controller", Role.FINANCIAL_CONTROLLER))
                    .expectEvents(approved(FINANCIAL));
        }

        @Test
        void bothControllersMustApproveBeforeTheSecretaryIsDue() {
            onFriday(fixture, opened(FULL_PLAN)).andGiven(afterManager()).andGiven(approved(FINANCIAL))
                    .when(approve("municipal-secretary", Role.MUNICIPAL_SECRETARY))
                    .expectException(StepNotYetDue.class);
        }

        @Test
        void theSecondControllersApprovalMakesTheSecretaryDue() {
            onFriday(fixture, opened(FULL_PLAN)).andGiven(afterManager()).andGiven(approved(FINANCIAL))
                    .when(approve("legal-controller", Role.LEGAL_CONTROLLER))
                    .expectEvents(events(approved(LEGAL), stageDue(FULL_PLAN.stages().get(2), FRIDAY)));
        }

        @Test
        void theSecretarysApprovalCompletesTheRoute() {
            onFriday(fixture, opened(FULL_PLAN)).andGiven(afterManager())
                    .andGiven(approved(FINANCIAL), approved(LEGAL))
                    .andGiven(stageDue(FULL_PLAN.stages().get(2), FRIDAY))
                    .when(approve("municipal-secretary", Role.MUNICIPAL_SECRETARY))
                    .expectEvents(approved(SECRETARY), new RouteCompleted(PROPOSAL, ROUTE, V1));
        }
    }

    @Nested
    class WhoMaySignAndWhat {

        @Test
        void onlyTheRoleTheStepAsksForCanSignIt() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(approve("manager", Role.LEGAL_CONTROLLER))
                    .expectException(NotTheStepsRole.class)
                    .expectNoEvents();
        }

        @Test
        void aTokenWithSeveralRolesSignsInTheRoleTheStepAsksFor() {
            Signatory both = new Signatory("mark.leidinggevende", "Mark Leidinggevende", Set.of(Role.AUTHOR, Role.MANAGER));
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new ApproveStep(ROUTE, "manager", both, null, null))
                    .expectEvents(events(new StepApproved(PROPOSAL, ROUTE, "manager", Role.MANAGER, V1,
                                    new Actor("mark.leidinggevende", "Mark Leidinggevende", Role.MANAGER), "", null),
                            stageDue(FULL_PLAN.stages().get(1), FRIDAY)));
        }

        @Test
        void aStepThatNamesADepartmentIsSignedByTheRoleHolderOfThatDepartment() {
            RoutePlan ownDepartment = plan("eigen afdeling",
                    List.of(new RoutePlan.PlannedStep("manager", Role.MANAGER, "Ruimte", null)), List.of(SECRETARY));
            onFriday(fixture, opened(ownDepartment))
                    .when(new ApproveStep(ROUTE, "manager",
                            new Signatory("daan.directeur", "Daan Directeur", Set.of(Role.MANAGER), "Directie"), null, null))
                    .expectException(NotTheStepsDepartment.class)
                    .expectNoEvents();
        }

        @Test
        void aStepIsDecidedOnlyOnce() {
            onFriday(fixture, opened(FULL_PLAN)).andGiven(afterManager())
                    .when(approve("manager", Role.MANAGER))
                    .expectException(StepAlreadyDecided.class)
                    .expectNoEvents();
        }

        @Test
        void aStepTheRouteDoesNotHaveIsNotFound() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(approve("mayor", Role.MANAGER))
                    .expectException(StepNotInRoute.class);
        }

        @Test
        void theSignatureNamesTheRoutesVersionAndKeepsTheRemarks() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new ApproveStep(ROUTE, "manager", signatory(Role.MANAGER), V1, "  Akkoord, let op de planning.  "))
                    .expectEvents(events(approved(MANAGER, "Akkoord, let op de planning."),
                            stageDue(FULL_PLAN.stages().get(1), FRIDAY)));
        }

        @Test
        void signingAnotherVersionThanTheRoutesIsAConflict() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new ApproveStep(ROUTE, "manager", signatory(Role.MANAGER), V2, null))
                    .expectException(NotTheVersionUnderReview.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Refusal {

        @Test
        void aRefusalNeedsAReason() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new RefuseStep(ROUTE, "manager", signatory(Role.MANAGER), null, "  "))
                    .expectException(ReasonRequired.class)
                    .expectNoEvents();
        }

        @Test
        void aRefusalEndsTheRouteAndSendsTheProposalBack() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new RefuseStep(ROUTE, "manager", signatory(Role.MANAGER), V1, "De dekking ontbreekt."))
                    .expectEvents(refused(MANAGER, "De dekking ontbreekt."),
                            new ReturnedForRevision(PROPOSAL, ROUTE, V1, List.of(
                                    new Remark("manager", Role.MANAGER, "Gebruiker MANAGER", "De dekking ontbreekt.", true))));
        }

        @Test
        void aRefusalDuringAParallelStageReturnsEveryRemarkSoFar() {
            onFriday(fixture, opened(FULL_PLAN))
                    .andGiven(approved(MANAGER, "Let op de planning."))
                    .andGiven(stageDue(FULL_PLAN.stages().get(1), FRIDAY))
                    .andGiven(approved(FINANCIAL, "Dekking akkoord."))
                    .when(new RefuseStep(ROUTE, "legal-controller", signatory(Role.LEGAL_CONTROLLER), null,
                            "Strijdig met de APV."))
                    .expectEvents(refused(LEGAL, "Strijdig met de APV."),
                            new ReturnedForRevision(PROPOSAL, ROUTE, V1, List.of(
                                    new Remark("manager", Role.MANAGER, "Gebruiker MANAGER", "Let op de planning.", false),
                                    new Remark("financial-controller", Role.FINANCIAL_CONTROLLER,
                                            "Gebruiker FINANCIAL_CONTROLLER", "Dekking akkoord.", false),
                                    new Remark("legal-controller", Role.LEGAL_CONTROLLER, "Gebruiker LEGAL_CONTROLLER",
                                            "Strijdig met de APV.", true))));
        }

        @Test
        void afterARefusalTheOtherParallelStepCanNoLongerSign() {
            onFriday(fixture, opened(FULL_PLAN)).andGiven(afterManager())
                    .andGiven(refused(LEGAL, "Strijdig met de APV."),
                            new ReturnedForRevision(PROPOSAL, ROUTE, V1, List.of()))
                    .when(approve("financial-controller", Role.FINANCIAL_CONTROLLER))
                    .expectException(RouteClosed.class)
                    .expectNoEvents();
        }

        @Test
        void refusingAnotherVersionThanTheRoutesIsAConflict() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new RefuseStep(ROUTE, "manager", signatory(Role.MANAGER), V2, "Nee."))
                    .expectException(NotTheVersionUnderReview.class);
        }
    }

    @Nested
    class Supersession {

        @Test
        void aResubmissionSupersedesTheRoute() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new SupersedeRoute(ROUTE, "resubmitted as version " + V2))
                    .expectEvents(new RouteSuperseded(PROPOSAL, ROUTE, V1, "resubmitted as version " + V2));
        }

        @Test
        void nothingCanBeSignedOnASupersededRoute() {
            onFriday(fixture, opened(FULL_PLAN)).andGiven(new RouteSuperseded(PROPOSAL, ROUTE, V1, "withdrawn"))
                    .when(approve("manager", Role.MANAGER))
                    .expectException(RouteClosed.class)
                    .expectNoEvents();
        }

        @Test
        void supersedingTwiceHasOneEffect() {
            onFriday(fixture, opened(FULL_PLAN)).andGiven(new RouteSuperseded(PROPOSAL, ROUTE, V1, "withdrawn"))
                    .when(new SupersedeRoute(ROUTE, "withdrawn"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aCompletedRouteIsNotSuperseded() {
            RoutePlan managerOnly = plan("kort", List.of(MANAGER));
            onFriday(fixture, opened(managerOnly)).andGiven(approved(MANAGER), new RouteCompleted(PROPOSAL, ROUTE, V1))
                    .when(new SupersedeRoute(ROUTE, "withdrawn"))
                    .expectException(RouteClosed.class);
        }
    }

    @Nested
    class Delegation {

        private final Signatory mark = new Signatory("mark.leidinggevende", "Mark Leidinggevende", Set.of(Role.MANAGER), "Ruimte");

        @Test
        void aStepIsDelegatedToSomeoneWhoHoldsTheSameRole() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new DelegateStep(ROUTE, "manager", mark, "lotte.leidinggevende", "Met verlof."))
                    .expectEvents(new StepDelegated(PROPOSAL, ROUTE, "manager", Role.MANAGER, mark.as(Role.MANAGER),
                            "lotte.leidinggevende", "Lotte Leidinggevende", "Met verlof.", null));
        }

        @Test
        void aStepIsDelegatedToSomeoneAMandateNamesForTheRole() {
            Signatory fiona = new Signatory("fiona.financien", "Fiona Financiën", Set.of(Role.FINANCIAL_CONTROLLER), "Financiën");
            onFriday(fixture, opened(FULL_PLAN)).andGiven(afterManager())
                    .when(new DelegateStep(ROUTE, "financial-controller", fiona, "jeroen.jurist", "Ziek."))
                    .expectEvents(new StepDelegated(PROPOSAL, ROUTE, "financial-controller", Role.FINANCIAL_CONTROLLER,
                            fiona.as(Role.FINANCIAL_CONTROLLER), "jeroen.jurist", "Jeroen Jurist", "Ziek.", "MB-2026-014"));
        }

        @Test
        void aStepIsNotDelegatedToSomeoneWithoutTheRoleOrAMandate() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new DelegateStep(ROUTE, "manager", mark, "anna.steller", "Met verlof."))
                    .expectException(DelegationNotAllowed.class)
                    .expectNoEvents();
        }

        @Test
        void aStepIsNotDelegatedToSomeoneTheDirectoryDoesNotKnow() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new DelegateStep(ROUTE, "manager", mark, "onbekend.persoon", null))
                    .expectException(DelegationNotAllowed.class);
        }

        @Test
        void onlyTheStepsRoleMayDelegateIt() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new DelegateStep(ROUTE, "manager", signatory(Role.AUTHOR), "lotte.leidinggevende", null))
                    .expectException(NotTheStepsRole.class);
        }

        @Test
        void aStepThatIsNotDueIsNotDelegated() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new DelegateStep(ROUTE, "financial-controller", signatory(Role.FINANCIAL_CONTROLLER),
                            "jeroen.jurist", null))
                    .expectException(StepNotYetDue.class);
        }

        @Test
        void theDelegateSignsAndTheSignatureNamesTheDelegator() {
            Signatory fiona = new Signatory("fiona.financien", "Fiona Financiën", Set.of(Role.FINANCIAL_CONTROLLER), "Financiën");
            Signatory jeroen = new Signatory("jeroen.jurist", "Jeroen Jurist", Set.of(Role.LEGAL_CONTROLLER), "Juridische Zaken");
            onFriday(fixture, opened(FULL_PLAN)).andGiven(afterManager())
                    .andGiven(new StepDelegated(PROPOSAL, ROUTE, "financial-controller", Role.FINANCIAL_CONTROLLER,
                            fiona.as(Role.FINANCIAL_CONTROLLER), "jeroen.jurist", "Jeroen Jurist", "Ziek.", "MB-2026-014"))
                    .when(new ApproveStep(ROUTE, "financial-controller", jeroen, null, "Namens de controller."))
                    .expectEvents(new StepApproved(PROPOSAL, ROUTE, "financial-controller", Role.FINANCIAL_CONTROLLER, V1,
                            jeroen.as(Role.FINANCIAL_CONTROLLER), "Namens de controller.", "fiona.financien"));
        }
    }

    @Nested
    class Skip {

        private final Signatory sanne = new Signatory("sanne.secretaris", "Sanne Secretaris",
                Set.of(Role.MUNICIPAL_SECRETARY), "Directie");

        @Test
        void theSecretarySkipsADueStepWithAReasonAndTheRouteMovesOn() {
            onFriday(fixture, opened(FULL_PLAN)).andGiven(afterManager()).andGiven(approved(FINANCIAL))
                    .when(new SkipStep(ROUTE, "legal-controller", sanne, "Geen juridische risico's meer."))
                    .expectEvents(events(new StepSkipped(PROPOSAL, ROUTE, "legal-controller", Role.LEGAL_CONTROLLER,
                                    sanne.as(Role.MUNICIPAL_SECRETARY), "Geen juridische risico's meer."),
                            stageDue(FULL_PLAN.stages().get(2), FRIDAY)));
        }

        @Test
        void onlyTheSecretarySkips() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new SkipStep(ROUTE, "manager", signatory(Role.MANAGER), "Haast."))
                    .expectException(OnlyTheSecretarySkips.class)
                    .expectNoEvents();
        }

        @Test
        void aSkipNeedsAReason() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new SkipStep(ROUTE, "manager", sanne, null))
                    .expectException(ReasonRequired.class);
        }

        @Test
        void aStepThatIsDoneIsNotSkipped() {
            onFriday(fixture, opened(FULL_PLAN)).andGiven(afterManager())
                    .when(new SkipStep(ROUTE, "manager", sanne, "Haast."))
                    .expectException(StepAlreadyDecided.class);
        }
    }

    // --- helpers

    private static Object[] afterManager() {
        return events(approved(MANAGER), stageDue(FULL_PLAN.stages().get(1), FRIDAY));
    }

    private static Object[] events(Object first, List<Object> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }

    private static ApproveStep approve(String stepId, Role role) {
        return new ApproveStep(ROUTE, stepId, signatory(role), null, null);
    }

    private static StepRefused refused(RoutePlan.PlannedStep step, String reason) {
        return new StepRefused(PROPOSAL, ROUTE, step.stepId(), step.role(), V1, signatory(step.role()).as(step.role()), reason);
    }
}
