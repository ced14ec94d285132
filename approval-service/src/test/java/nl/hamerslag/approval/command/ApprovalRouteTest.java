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
import nl.hamerslag.approval.command.SignOffRefused.Attempt;
import nl.hamerslag.approval.command.refusal.DelegationNotAllowed;
import nl.hamerslag.approval.command.refusal.NoSignOffOnOwnProposal;
import nl.hamerslag.approval.command.refusal.NotTheStepsDepartment;
import nl.hamerslag.approval.command.refusal.NotTheStepsRole;
import nl.hamerslag.approval.command.refusal.NotTheVersionUnderReview;
import nl.hamerslag.approval.command.refusal.OnlyTheSecretarySkips;
import nl.hamerslag.approval.command.refusal.ReasonRequired;
import nl.hamerslag.approval.command.refusal.RouteClosed;
import nl.hamerslag.approval.command.refusal.StepAlreadyDecided;
import nl.hamerslag.approval.command.refusal.StepNotInRoute;
import nl.hamerslag.approval.command.refusal.StepNotYetDue;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.problem.RuleViolation;
import org.hamcrest.Matcher;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static nl.hamerslag.approval.command.RouteFixtures.AUTHOR;
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
import static nl.hamerslag.approval.command.RouteFixtures.caller;
import static nl.hamerslag.approval.command.RouteFixtures.stageDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.predicate;

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

        @Test
        void theManagerStepBelongsToTheProposalsOwnDepartment() {
            RoutePlan plan = RouteFixtures.DEFAULT_RULES.planFor(RouteFixtures.submission(ProposalType.MEMO, false, false));
            assertThat(plan.published().get(0).steps()).containsExactly(new RouteOpened.Step("manager", Role.MANAGER, "Ruimte"));
        }

        private void expectRoute(OpenRoute command, RoutePlan plan) {
            fixture.givenCurrentTime(FRIDAY)
                    .when(command)
                    .expectEvents(opened(plan, command.submission()));
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
            Caller both = Caller.of("mark.leidinggevende", "Mark Leidinggevende", Set.of(Role.AUTHOR, Role.MANAGER), "Ruimte")
                    .actingAs(Role.MANAGER);
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new ApproveStep(ROUTE, "manager", both, null, null))
                    .expectEvents(events(new StepApproved(PROPOSAL, ROUTE, "manager", Role.MANAGER, V1,
                                    new Actor("mark.leidinggevende", "Mark Leidinggevende", Role.MANAGER), "", null),
                            stageDue(FULL_PLAN.stages().get(1), FRIDAY)));
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
                    .when(new ApproveStep(ROUTE, "manager", caller(Role.MANAGER), V1, "  Akkoord, let op de planning.  "))
                    .expectEvents(events(approved(MANAGER, "Akkoord, let op de planning."),
                            stageDue(FULL_PLAN.stages().get(1), FRIDAY)));
        }

        @Test
        void signingAnotherVersionThanTheRoutesIsAConflict() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new ApproveStep(ROUTE, "manager", caller(Role.MANAGER), V2, null))
                    .expectException(NotTheVersionUnderReview.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class TheProposalsOwnDepartment {

        private final Caller fiona = caller("fiona.financien", "Fiona Financiën", "Financiën", Role.MANAGER);
        private final Caller nobody = Caller.of("mark.leidinggevende", "Mark Leidinggevende", Set.of(Role.MANAGER), null);

        @Test
        void aManagerOfAnotherDepartmentDoesNotSignTheManagerStepAndTheAttemptIsRecorded() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new ApproveStep(ROUTE, "manager", fiona, null, null))
                    .expectEvents(signOffRefused(fiona, Attempt.APPROVE, otherDepartment(fiona)))
                    .expectResultMessagePayloadMatching(refusal(NotTheStepsDepartment.class));
        }

        @Test
        void aManagerWhoseTokenNamesNoDepartmentDoesNotSignTheManagerStep() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new RefuseStep(ROUTE, "manager", nobody, null, "Nee."))
                    .expectEvents(signOffRefused(nobody, Attempt.REFUSE, otherDepartment(nobody)))
                    .expectResultMessagePayloadMatching(refusal(NotTheStepsDepartment.class));
        }

        @Test
        void aManagerOfAnotherDepartmentDoesNotDelegateTheManagerStep() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new DelegateStep(ROUTE, "manager", fiona, "lotte.leidinggevende", null))
                    .expectEvents(signOffRefused(fiona, Attempt.DELEGATE, otherDepartment(fiona)))
                    .expectResultMessagePayloadMatching(refusal(NotTheStepsDepartment.class));
        }

        @Test
        void theManagerStepIsNotDelegatedToAManagerOfAnotherDepartment() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new DelegateStep(ROUTE, "manager", caller("mark.leidinggevende", "Mark Leidinggevende", "Ruimte",
                            Role.MANAGER), "daan.directeur", null))
                    .expectException(DelegationNotAllowed.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class SeparationOfDuties {

        private final Caller annaAsManager = caller(AUTHOR, "Anna de Steller", "Ruimte", Role.MANAGER, Role.AUTHOR);
        private final Caller annaAsSecretary = caller(AUTHOR, "Anna de Steller", "Ruimte", Role.MUNICIPAL_SECRETARY,
                Role.AUTHOR);

        @Test
        void theAuthorDoesNotApproveAStepOfTheirOwnProposalInAnyRole() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new ApproveStep(ROUTE, "manager", annaAsManager, null, null))
                    .expectEvents(signOffRefused(annaAsManager, Attempt.APPROVE, ownProposal()))
                    .expectResultMessagePayloadMatching(refusal(NoSignOffOnOwnProposal.class));
        }

        @Test
        void theAuthorDoesNotRefuseAStepOfTheirOwnProposal() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new RefuseStep(ROUTE, "manager", annaAsManager, null, "Toch niet."))
                    .expectEvents(signOffRefused(annaAsManager, Attempt.REFUSE, ownProposal()))
                    .expectResultMessagePayloadMatching(refusal(NoSignOffOnOwnProposal.class));
        }

        @Test
        void theAuthorWhoIsMunicipalSecretaryDoesNotSkipAStepOfTheirOwnProposal() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new SkipStep(ROUTE, "manager", annaAsSecretary, "Haast."))
                    .expectEvents(signOffRefused(annaAsSecretary, Attempt.SKIP, ownProposal()))
                    .expectResultMessagePayloadMatching(refusal(NoSignOffOnOwnProposal.class));
        }

        @Test
        void theAuthorDoesNotDelegateAStepOfTheirOwnProposal() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new DelegateStep(ROUTE, "manager", annaAsSecretary, "lotte.leidinggevende", null))
                    .expectEvents(signOffRefused(annaAsSecretary, Attempt.DELEGATE, ownProposal()))
                    .expectResultMessagePayloadMatching(refusal(NoSignOffOnOwnProposal.class));
        }

        @Test
        void aStepIsNotDelegatedToTheProposalsAuthor() {
            Caller sanne = caller("sanne.secretaris", "Sanne Secretaris", "Directie", Role.MUNICIPAL_SECRETARY);
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new DelegateStep(ROUTE, "manager", sanne, AUTHOR, null))
                    .expectEvents(signOffRefused(sanne, Attempt.DELEGATE, ownProposal()))
                    .expectResultMessagePayloadMatching(refusal(NoSignOffOnOwnProposal.class));
        }

        @Test
        void theAuthorDoesNotSignAStepDelegatedToThem() {
            Caller mark = caller("mark.leidinggevende", "Mark Leidinggevende", "Ruimte", Role.MANAGER);
            Caller anna = Caller.of(AUTHOR, "Anna de Steller", Set.of(Role.AUTHOR), "Ruimte").actingOnBehalfAs(Role.MANAGER);
            onFriday(fixture, opened(FULL_PLAN))
                    .andGiven(new StepDelegated(PROPOSAL, ROUTE, "manager", Role.MANAGER, mark.actor(), AUTHOR,
                            "Anna de Steller", "Van voor de regel.", null))
                    .when(new ApproveStep(ROUTE, "manager", anna, null, null))
                    .expectEvents(signOffRefused(anna, Attempt.APPROVE, ownProposal()))
                    .expectResultMessagePayloadMatching(refusal(NoSignOffOnOwnProposal.class));
        }

        @Test
        void aRoleHolderWhoDidNotWriteTheProposalSigns() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new ApproveStep(ROUTE, "manager", caller(Role.MANAGER), null, null))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(SignOffOutcome.done());
        }
    }

    @Nested
    class Refusal {

        @Test
        void aRefusalNeedsAReason() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new RefuseStep(ROUTE, "manager", caller(Role.MANAGER), null, "  "))
                    .expectException(ReasonRequired.class)
                    .expectNoEvents();
        }

        @Test
        void aRefusalEndsTheRouteAndSendsTheProposalBack() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new RefuseStep(ROUTE, "manager", caller(Role.MANAGER), V1, "De dekking ontbreekt."))
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
                    .when(new RefuseStep(ROUTE, "legal-controller", caller(Role.LEGAL_CONTROLLER), null,
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
                    .when(new RefuseStep(ROUTE, "manager", caller(Role.MANAGER), V2, "Nee."))
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

        private final Caller mark = caller("mark.leidinggevende", "Mark Leidinggevende", "Ruimte", Role.MANAGER);

        @Test
        void aStepIsDelegatedToSomeoneWhoHoldsTheSameRole() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new DelegateStep(ROUTE, "manager", mark, "lotte.leidinggevende", "Met verlof."))
                    .expectEvents(new StepDelegated(PROPOSAL, ROUTE, "manager", Role.MANAGER, mark.actor(),
                            "lotte.leidinggevende", "Lotte Leidinggevende", "Met verlof.", null));
        }

        @Test
        void aStepIsDelegatedToSomeoneAMandateNamesForTheRole() {
            Caller fiona = caller("fiona.financien", "Fiona Financiën", "Financiën", Role.FINANCIAL_CONTROLLER);
            onFriday(fixture, opened(FULL_PLAN)).andGiven(afterManager())
                    .when(new DelegateStep(ROUTE, "financial-controller", fiona, "jeroen.jurist", "Ziek."))
                    .expectEvents(new StepDelegated(PROPOSAL, ROUTE, "financial-controller", Role.FINANCIAL_CONTROLLER,
                            fiona.actor(), "jeroen.jurist", "Jeroen Jurist", "Ziek.", "MB-2026-014"));
        }

        @Test
        void aStepIsNotDelegatedToSomeoneWithoutTheRoleOrAMandate() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new DelegateStep(ROUTE, "manager", mark, "fiona.financien", "Met verlof."))
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
                    .when(new DelegateStep(ROUTE, "manager", caller(Role.AUTHOR), "lotte.leidinggevende", null))
                    .expectException(NotTheStepsRole.class);
        }

        @Test
        void aStepThatIsNotDueIsNotDelegated() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new DelegateStep(ROUTE, "financial-controller", caller(Role.FINANCIAL_CONTROLLER),
                            "jeroen.jurist", null))
                    .expectException(StepNotYetDue.class);
        }

        @Test
        void theDelegateSignsAndTheSignatureNamesTheDelegator() {
            Caller fiona = caller("fiona.financien", "Fiona Financiën", "Financiën", Role.FINANCIAL_CONTROLLER);
            Caller jeroen = caller("jeroen.jurist", "Jeroen Jurist", "Juridische Zaken", Role.LEGAL_CONTROLLER);
            onFriday(fixture, opened(FULL_PLAN)).andGiven(afterManager())
                    .andGiven(new StepDelegated(PROPOSAL, ROUTE, "financial-controller", Role.FINANCIAL_CONTROLLER,
                            fiona.actor(), "jeroen.jurist", "Jeroen Jurist", "Ziek.", "MB-2026-014"))
                    .when(new ApproveStep(ROUTE, "financial-controller", jeroen.actingOnBehalfAs(Role.FINANCIAL_CONTROLLER),
                            null, "Namens de controller."))
                    .expectEvents(new StepApproved(PROPOSAL, ROUTE, "financial-controller", Role.FINANCIAL_CONTROLLER, V1,
                            new Actor("jeroen.jurist", "Jeroen Jurist", Role.FINANCIAL_CONTROLLER), "Namens de controller.",
                            "fiona.financien"));
        }
    }

    @Nested
    class Skip {

        private final Caller sanne = caller("sanne.secretaris", "Sanne Secretaris", "Directie",
                Role.MUNICIPAL_SECRETARY);

        @Test
        void theSecretarySkipsADueStepWithAReasonAndTheRouteMovesOn() {
            onFriday(fixture, opened(FULL_PLAN)).andGiven(afterManager()).andGiven(approved(FINANCIAL))
                    .when(new SkipStep(ROUTE, "legal-controller", sanne, "Geen juridische risico's meer."))
                    .expectEvents(events(new StepSkipped(PROPOSAL, ROUTE, "legal-controller", Role.LEGAL_CONTROLLER,
                                    sanne.actor(), "Geen juridische risico's meer."),
                            stageDue(FULL_PLAN.stages().get(2), FRIDAY)));
        }

        @Test
        void onlyTheSecretarySkips() {
            onFriday(fixture, opened(FULL_PLAN))
                    .when(new SkipStep(ROUTE, "manager", caller(Role.MANAGER), "Haast."))
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
        return new ApproveStep(ROUTE, stepId, caller(role), null, null);
    }

    /** The attempt on the manager step, refused by {@code rule} and recorded for the audit trail. */
    private static SignOffRefused signOffRefused(Caller by, Attempt attempt, RuleViolation refusal) {
        return new SignOffRefused(ROUTE, PROPOSAL, "manager", Role.MANAGER, by.actor(), attempt,
                refusal.getClass().getSimpleName(), refusal.getMessage());
    }

    /** The outcome the controller turns into a 403: the refusal of {@code rule}. */
    private static Matcher<?> refusal(Class<? extends RuleViolation> rule) {
        return predicate((SignOffOutcome outcome) -> rule.isInstance(outcome.refusal()));
    }

    private static NotTheStepsDepartment otherDepartment(Caller caller) {
        return new NotTheStepsDepartment("manager", Role.MANAGER, "Ruimte", caller.department());
    }

    private static NoSignOffOnOwnProposal ownProposal() {
        return new NoSignOffOnOwnProposal("manager", AUTHOR);
    }

    private static StepRefused refused(RoutePlan.PlannedStep step, String reason) {
        return new StepRefused(PROPOSAL, ROUTE, step.stepId(), step.role(), V1, caller(step.role()).actor(), reason);
    }
}
