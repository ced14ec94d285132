package nl.hamerslag.followup.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.followup.DeadlineExtended;
import nl.hamerslag.contracts.followup.FollowUpEscalated;
import nl.hamerslag.contracts.followup.FollowUpItemOpened;
import nl.hamerslag.contracts.followup.FollowUpItemStarted;
import nl.hamerslag.contracts.followup.FollowUpKind;
import nl.hamerslag.contracts.followup.FollowUpOverdue;
import nl.hamerslag.contracts.followup.FollowUpReminderSent;
import nl.hamerslag.contracts.followup.QuestionKind;
import nl.hamerslag.contracts.followup.QuestionRegistered;
import nl.hamerslag.contracts.followup.SettlementAccepted;
import nl.hamerslag.contracts.followup.SettlementNotAccepted;
import nl.hamerslag.contracts.followup.SettlementProposed;
import nl.hamerslag.followup.command.refusal.DeadlineNotLater;
import nl.hamerslag.followup.command.refusal.ItemNotInState;
import nl.hamerslag.followup.command.refusal.NotAWorkerOnTheItem;
import nl.hamerslag.followup.command.refusal.NotTheClerk;
import nl.hamerslag.followup.command.refusal.NotTheSettler;
import nl.hamerslag.followup.command.refusal.OwnSettlementNotAcceptable;
import nl.hamerslag.followup.command.refusal.ReasonRequired;
import nl.hamerslag.followup.command.refusal.SettlementDocumentMissing;
import nl.hamerslag.followup.command.refusal.SubmitterRequired;
import nl.hamerslag.platform.identity.Caller;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

class FollowUpItemTest {

    private static final String ID = "6f1c1a52-3a55-4b61-9d55-0d9f4c2f7a01";
    private static final ProposalId PROPOSAL = ProposalId.of("0b7e3c1e-1a4c-4a4f-8f0e-5b2b7f0d1c11");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 9, 1);
    private static final String HASH = "a".repeat(64);

    private static final Caller CLERK = Caller.of("greet.griffier", "Greet Griffier", Set.of(Role.CLERK), "Griffie");
    private static final Caller OTHER_CLERK = Caller.of("gijs.griffier", "Gijs Griffier", Set.of(Role.CLERK), "Griffie");
    private static final Caller MANAGER = Caller.of("mark.leidinggevende", "Mark", Set.of(Role.MANAGER), "Ruimte");
    private static final Caller OTHER_MANAGER = Caller.of("lotte.leidinggevende", "Lotte", Set.of(Role.MANAGER), "Ruimte");
    private static final Caller MANAGER_ELSEWHERE = Caller.of("mehmet.manager", "Mehmet", Set.of(Role.MANAGER), "Sociaal Domein");
    private static final Caller AUTHOR = Caller.of("anna.steller", "Anna", Set.of(Role.AUTHOR), "Ruimte");
    private static final Caller COUNCIL_MEMBER = Caller.of("ria.raadslid", "Ria", Set.of(Role.COUNCIL_MEMBER), "Raad");
    private static final Caller SYSTEM = Caller.system("followup");

    private AggregateTestFixture<FollowUpItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FollowUpItem.class);
    }

    private static FollowUpItemOpened opened(FollowUpKind kind) {
        return new FollowUpItemOpened(ID, kind, "m-1", kind == FollowUpKind.ACTION ? "d-1#0" : null,
                kind == FollowUpKind.COMMITMENT ? "c-1" : null, kind == FollowUpKind.MOTION ? "mo-1" : null,
                PROPOSAL, "Doe het", "wim.wethouder", "Ruimte", DEADLINE);
    }

    private static FollowUpItemStarted started() {
        return new FollowUpItemStarted(ID, PROPOSAL);
    }

    private static SettlementProposed proposedBy(Caller caller) {
        return new SettlementProposed(ID, PROPOSAL, "brief.pdf", "application/pdf", 1234, HASH, caller.subject());
    }

    private static SettlementDocument document() {
        return new SettlementDocument("brief.pdf", "application/pdf", 1234, HASH);
    }

    @Nested
    class Opening {

        @Test
        void aMeetingEventOpensAnItemWithItsDeadline() {
            fixture.givenNoPriorActivity()
                    .when(new OpenFollowUpItem(ID, FollowUpKind.COMMITMENT, "m-1", null, "c-1", null, PROPOSAL, "Doe het",
                            "wim.wethouder", "Ruimte", DEADLINE, SYSTEM))
                    .expectEvents(opened(FollowUpKind.COMMITMENT));
        }

        @Test
        void theGriffieRegistersAQuestionThatIsDueAfterTheLegalTerm() {
            LocalDate received = LocalDate.of(2026, 6, 1);
            fixture.givenNoPriorActivity()
                    .when(new RegisterQuestion(ID, QuestionKind.TECHNICAL, "fractie Groen", "Waarom?", received,
                            received.plusDays(30), "wim.wethouder", "Ruimte", CLERK))
                    .expectEvents(new QuestionRegistered(ID, QuestionKind.TECHNICAL, "fractie Groen", "Waarom?", received,
                                    received.plusDays(30)),
                            new FollowUpItemOpened(ID, FollowUpKind.QUESTION, null, null, null, null, null, "Waarom?",
                                    "wim.wethouder", "Ruimte", received.plusDays(30)));
        }

        @Test
        void aQuestionWithoutSubmitterIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterQuestion(ID, QuestionKind.TECHNICAL, " ", "Waarom?", DEADLINE, DEADLINE.plusDays(30),
                            null, null, CLERK))
                    .expectException(SubmitterRequired.class)
                    .expectNoEvents();
        }

        @Test
        void onlyTheGriffieRegistersQuestions() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterQuestion(ID, QuestionKind.TECHNICAL, "Ria", "Waarom?", DEADLINE, DEADLINE.plusDays(30),
                            null, null, MANAGER))
                    .expectException(NotTheClerk.class);
        }
    }

    @Nested
    class Working {

        @Test
        void theDepartmentStartsAnItem() {
            fixture.given(opened(FollowUpKind.ACTION)).when(new StartItem(ID, AUTHOR)).expectEvents(started());
        }

        @Test
        void aCouncilMemberDoesNotWorkOnAnItem() {
            fixture.given(opened(FollowUpKind.ACTION)).when(new StartItem(ID, COUNCIL_MEMBER))
                    .expectException(NotAWorkerOnTheItem.class);
        }

        @Test
        void anotherDepartmentDoesNotWorkOnAnItem() {
            fixture.given(opened(FollowUpKind.ACTION)).when(new StartItem(ID, MANAGER_ELSEWHERE))
                    .expectException(NotAWorkerOnTheItem.class);
        }

        @Test
        void anItemIsStartedOnce() {
            fixture.given(opened(FollowUpKind.ACTION), started()).when(new StartItem(ID, AUTHOR))
                    .expectException(ItemNotInState.class);
        }

        @Test
        void proposingASettlementOfAnOpenItemStartsItFirst() {
            fixture.given(opened(FollowUpKind.ACTION)).when(new ProposeSettlement(ID, document(), AUTHOR))
                    .expectEvents(started(), proposedBy(AUTHOR));
        }
    }

    @Nested
    class Settling {

        @Test
        void theGriffieSettlesACommitment() {
            fixture.given(opened(FollowUpKind.COMMITMENT), started(), proposedBy(AUTHOR))
                    .when(new AcceptSettlement(ID, CLERK))
                    .expectEvents(new SettlementAccepted(ID, PROPOSAL, HASH, CLERK.subject()));
        }

        @Test
        void aManagerDoesNotSettleACommitment() {
            fixture.given(opened(FollowUpKind.COMMITMENT), started(), proposedBy(AUTHOR))
                    .when(new AcceptSettlement(ID, MANAGER))
                    .expectException(NotTheSettler.class);
        }

        @Test
        void aManagerOfTheDepartmentSettlesAnAction() {
            fixture.given(opened(FollowUpKind.ACTION), started(), proposedBy(AUTHOR))
                    .when(new AcceptSettlement(ID, MANAGER))
                    .expectEvents(new SettlementAccepted(ID, PROPOSAL, HASH, MANAGER.subject()));
        }

        @Test
        void aManagerOfAnotherDepartmentDoesNotSettleAnAction() {
            fixture.given(opened(FollowUpKind.ACTION), started(), proposedBy(AUTHOR))
                    .when(new AcceptSettlement(ID, MANAGER_ELSEWHERE))
                    .expectException(NotTheSettler.class);
        }

        @Test
        void theGriffieDoesNotSettleAQuestion() {
            fixture.given(opened(FollowUpKind.QUESTION), started(), proposedBy(AUTHOR))
                    .when(new AcceptSettlement(ID, CLERK))
                    .expectException(NotTheSettler.class);
        }

        @Test
        void whoProposedTheSettlementMayNotAcceptIt() {
            fixture.given(opened(FollowUpKind.MOTION), started(), proposedBy(CLERK))
                    .when(new AcceptSettlement(ID, CLERK))
                    .expectException(OwnSettlementNotAcceptable.class)
                    .expectNoEvents();
        }

        @Test
        void anotherClerkMayAcceptASettlementTheFirstProposed() {
            fixture.given(opened(FollowUpKind.MOTION), started(), proposedBy(CLERK))
                    .when(new AcceptSettlement(ID, OTHER_CLERK))
                    .expectEvents(new SettlementAccepted(ID, PROPOSAL, HASH, OTHER_CLERK.subject()));
        }

        @Test
        void settlingWithoutASettlementDocumentIsAConflict() {
            fixture.given(opened(FollowUpKind.ACTION), started())
                    .when(new AcceptSettlement(ID, MANAGER))
                    .expectException(SettlementDocumentMissing.class);
        }

        @Test
        void aSettlementNotAcceptedSendsTheItemBackInProgress() {
            fixture.given(opened(FollowUpKind.ACTION), started(), proposedBy(AUTHOR))
                    .when(new RejectSettlement(ID, "Antwoord onvolledig", OTHER_MANAGER))
                    .expectEvents(new SettlementNotAccepted(ID, PROPOSAL, HASH, "Antwoord onvolledig"))
                    .expectState(item -> org.assertj.core.api.Assertions.assertThat(item).extracting("state")
                            .isEqualTo(FollowUpState.IN_PROGRESS));
        }

        @Test
        void afterANotAcceptedSettlementANewOneCanBeProposed() {
            fixture.given(opened(FollowUpKind.ACTION), started(), proposedBy(AUTHOR),
                            new SettlementNotAccepted(ID, PROPOSAL, HASH, "onvolledig"))
                    .when(new ProposeSettlement(ID, document(), AUTHOR))
                    .expectEvents(proposedBy(AUTHOR));
        }

        @Test
        void notAcceptingASettlementNeedsAReason() {
            fixture.given(opened(FollowUpKind.ACTION), started(), proposedBy(AUTHOR))
                    .when(new RejectSettlement(ID, "  ", MANAGER))
                    .expectException(ReasonRequired.class);
        }

        @Test
        void aSettledItemIsNotSettledAgain() {
            fixture.given(opened(FollowUpKind.ACTION), started(), proposedBy(AUTHOR),
                            new SettlementAccepted(ID, PROPOSAL, HASH, MANAGER.subject()))
                    .when(new AcceptSettlement(ID, OTHER_MANAGER))
                    .expectException(ItemNotInState.class);
        }
    }

    @Nested
    class Deadlines {

        @Test
        void aDeadlineIsExtendedWithAReason() {
            fixture.given(opened(FollowUpKind.ACTION))
                    .when(new ExtendDeadline(ID, DEADLINE.plusMonths(1), "Wacht op advies", AUTHOR))
                    .expectEvents(new DeadlineExtended(ID, PROPOSAL, DEADLINE, DEADLINE.plusMonths(1), "Wacht op advies"));
        }

        @Test
        void anExtensionWithoutReasonIsRefused() {
            fixture.given(opened(FollowUpKind.ACTION))
                    .when(new ExtendDeadline(ID, DEADLINE.plusMonths(1), null, AUTHOR))
                    .expectException(ReasonRequired.class);
        }

        @Test
        void anExtensionMovesTheDeadlineLater() {
            fixture.given(opened(FollowUpKind.ACTION))
                    .when(new ExtendDeadline(ID, DEADLINE, "zelfde dag", AUTHOR))
                    .expectException(DeadlineNotLater.class);
        }

        @Test
        void theReminderIsSentOncePerDeadline() {
            fixture.given(opened(FollowUpKind.ACTION))
                    .when(new SendReminder(ID, DEADLINE, SYSTEM))
                    .expectEvents(new FollowUpReminderSent(ID, PROPOSAL, DEADLINE, "wim.wethouder", "Ruimte"));
            fixture.given(opened(FollowUpKind.ACTION), new FollowUpReminderSent(ID, PROPOSAL, DEADLINE, "wim.wethouder", "Ruimte"))
                    .when(new SendReminder(ID, DEADLINE, SYSTEM))
                    .expectNoEvents();
        }

        @Test
        void anItemGoesOverdueAndEscalatesToThePortfolioHolder() {
            fixture.given(opened(FollowUpKind.ACTION))
                    .when(new MarkOverdue(ID, DEADLINE, SYSTEM))
                    .expectEvents(new FollowUpOverdue(ID, PROPOSAL, DEADLINE));
            fixture.given(opened(FollowUpKind.ACTION), new FollowUpOverdue(ID, PROPOSAL, DEADLINE))
                    .when(new Escalate(ID, DEADLINE, SYSTEM))
                    .expectEvents(new FollowUpEscalated(ID, PROPOSAL, DEADLINE, "wim.wethouder"));
        }

        @Test
        void aSettledItemIsNeverOverdue() {
            fixture.given(opened(FollowUpKind.ACTION), started(), proposedBy(AUTHOR),
                            new SettlementAccepted(ID, PROPOSAL, HASH, MANAGER.subject()))
                    .when(new MarkOverdue(ID, DEADLINE, SYSTEM))
                    .expectNoEvents();
        }

        @Test
        void aDeadlineThatMovedDoesNotGoOverdue() {
            fixture.given(opened(FollowUpKind.ACTION),
                            new DeadlineExtended(ID, PROPOSAL, DEADLINE, DEADLINE.plusMonths(1), "later"))
                    .when(new MarkOverdue(ID, DEADLINE, SYSTEM))
                    .expectNoEvents();
        }
    }
}
