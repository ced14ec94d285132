package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.meeting.AmendmentDecided;
import nl.hamerslag.contracts.meeting.CommitmentMade;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.contracts.meeting.GroupResult;
import nl.hamerslag.contracts.meeting.InstrumentOutcome;
import nl.hamerslag.contracts.meeting.MemberVote;
import nl.hamerslag.contracts.meeting.MotionDecided;
import nl.hamerslag.contracts.meeting.VoteHeld;
import nl.hamerslag.contracts.meeting.VoteResult;
import nl.hamerslag.contracts.meeting.VoteSubject;
import nl.hamerslag.meeting.command.refusal.AmendmentsAreVotedFirst;
import nl.hamerslag.meeting.command.refusal.BallotMissing;
import nl.hamerslag.meeting.command.refusal.ConcernedMemberMayNotVote;
import nl.hamerslag.meeting.command.refusal.DeadlineBeforeMeeting;
import nl.hamerslag.meeting.command.refusal.DecisionContradictsVote;
import nl.hamerslag.meeting.command.refusal.InstrumentNotPending;
import nl.hamerslag.meeting.command.refusal.MeetingNotOpen;
import nl.hamerslag.meeting.command.refusal.MemberVotedTwice;
import nl.hamerslag.meeting.command.refusal.NotAMember;
import nl.hamerslag.meeting.command.refusal.NotASeatHolder;
import nl.hamerslag.meeting.command.refusal.NotPresent;
import nl.hamerslag.meeting.command.refusal.NotTheRecorder;
import nl.hamerslag.meeting.command.refusal.OnlyTheCollegeCommits;
import nl.hamerslag.meeting.command.refusal.SubmitterRequired;
import nl.hamerslag.meeting.command.refusal.TooManyAgainstForAdoptionWithoutVote;
import nl.hamerslag.meeting.command.refusal.VoteAlreadyHeld;
import nl.hamerslag.meeting.command.refusal.VoteNeedsMoreThanHalfTheSeats;
import nl.hamerslag.platform.problem.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.hamerslag.contracts.meeting.VoteChoice.AGAINST;
import static nl.hamerslag.contracts.meeting.VoteChoice.FOR;
import static nl.hamerslag.meeting.command.FloorFixtures.ALDERMAN;
import static nl.hamerslag.meeting.command.FloorFixtures.ANNA;
import static nl.hamerslag.meeting.command.FloorFixtures.CLERK;
import static nl.hamerslag.meeting.command.FloorFixtures.CLERK_MEMBER;
import static nl.hamerslag.meeting.command.FloorFixtures.DATE;
import static nl.hamerslag.meeting.command.FloorFixtures.GL;
import static nl.hamerslag.meeting.command.FloorFixtures.ITEM;
import static nl.hamerslag.meeting.command.FloorFixtures.JOOST;
import static nl.hamerslag.meeting.command.FloorFixtures.KEES;
import static nl.hamerslag.meeting.command.FloorFixtures.MEETING;
import static nl.hamerslag.meeting.command.FloorFixtures.PIET;
import static nl.hamerslag.meeting.command.FloorFixtures.PROPOSAL;
import static nl.hamerslag.meeting.command.FloorFixtures.RIA;
import static nl.hamerslag.meeting.command.FloorFixtures.SECRETARIAT;
import static nl.hamerslag.meeting.command.FloorFixtures.VVD;
import static nl.hamerslag.meeting.command.FloorFixtures.amendmentSubmitted;
import static nl.hamerslag.meeting.command.FloorFixtures.composed;
import static nl.hamerslag.meeting.command.FloorFixtures.motionSubmitted;
import static nl.hamerslag.meeting.command.FloorFixtures.openWithJoostAbsent;
import static nl.hamerslag.meeting.command.FloorFixtures.planned;
import static nl.hamerslag.meeting.command.FloorFixtures.present;
import static nl.hamerslag.meeting.command.FloorFixtures.vote;
import static nl.hamerslag.meeting.command.FloorFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The council's instruments on the floor of a meeting, rule by rule. */
class FloorTest {

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
    }

    private static HoldVote onTheProposal(List<Ballot> ballots, List<String> notParticipating) {
        return new HoldVote(MEETING, "vote-1", VoteSubject.PROPOSAL, null, ITEM, PROPOSAL, ballots, notParticipating, CLERK);
    }

    private static HoldVote onTheProposal(Ballot... ballots) {
        return onTheProposal(List.of(ballots), List.of());
    }

    private static VoteHeld proposalVote(List<MemberVote> votes, List<String> notParticipating, List<GroupResult> perGroup,
                                         int votesFor, int votesAgainst, VoteResult result) {
        return new VoteHeld(MEETING, "vote-1", PROPOSAL, ITEM, VoteSubject.PROPOSAL, PROPOSAL.toString(), false, votes,
                List.of(), List.of("joost"), notParticipating, perGroup, votesFor, votesAgainst, result);
    }

    private static MemberVote cast(Member member, nl.hamerslag.contracts.meeting.VoteChoice choice) {
        return new MemberVote(member.memberId(), member.name(), member.partyGroup(), choice);
    }

    @Nested
    class Votes {

        @Test
        void aMajorityOfTheVotesCastForAdoptsAndTheResultIsGivenPerPartyGroup() {
            fixture.given(openWithJoostAbsent())
                    .when(onTheProposal(vote(RIA, FOR), vote(PIET, FOR), vote(KEES, AGAINST), vote(ANNA, FOR)))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(proposalVote(
                            List.of(cast(RIA, FOR), cast(PIET, FOR), cast(KEES, AGAINST), cast(ANNA, FOR)), List.of(),
                            List.of(new GroupResult(GL, 2, 0), new GroupResult(VVD, 1, 1)), 3, 1, VoteResult.ADOPTED));
        }

        @Test
        void aMajorityAgainstRejects() {
            fixture.given(openWithJoostAbsent())
                    .when(onTheProposal(vote(RIA, AGAINST), vote(PIET, AGAINST), vote(KEES, AGAINST), vote(ANNA, FOR)))
                    .expectEventsMatching(Matchers.payloadsMatching(
                            Matchers.exactSequenceOf(
                                    Matchers.<Object>predicate(
                                            p -> p instanceof VoteHeld v && v.result() == VoteResult.REJECTED
                                                    && v.votesFor() == 1 && v.votesAgainst() == 3),
                                    Matchers.andNoMore())));
        }

        @Test
        void aTieIsRecordedAsTied() {
            fixture.given(openWithJoostAbsent())
                    .when(onTheProposal(vote(RIA, FOR), vote(PIET, FOR), vote(KEES, AGAINST), vote(ANNA, AGAINST)))
                    .expectEvents(proposalVote(
                            List.of(cast(RIA, FOR), cast(PIET, FOR), cast(KEES, AGAINST), cast(ANNA, AGAINST)), List.of(),
                            List.of(new GroupResult(GL, 2, 0), new GroupResult(VVD, 0, 2)), 2, 2, VoteResult.TIED));
        }

        @Test
        void aMemberPersonallyConcernedDoesNotTakePartAndIsRecordedAsSuch() {
            fixture.given(openWithJoostAbsent())
                    .when(onTheProposal(List.of(vote(RIA, FOR), vote(KEES, AGAINST), vote(ANNA, FOR)), List.of("piet")))
                    .expectEvents(proposalVote(List.of(cast(RIA, FOR), cast(KEES, AGAINST), cast(ANNA, FOR)),
                            List.of("piet"), List.of(new GroupResult(GL, 1, 0), new GroupResult(VVD, 1, 1)), 2, 1,
                            VoteResult.ADOPTED));
        }

        @Test
        void aMemberPersonallyConcernedMayNotVote() {
            fixture.given(openWithJoostAbsent())
                    .when(onTheProposal(List.of(vote(RIA, FOR), vote(PIET, FOR), vote(KEES, AGAINST), vote(ANNA, FOR)),
                            List.of("piet")))
                    .expectException(ConcernedMemberMayNotVote.class)
                    .expectNoEvents();
        }

        @Test
        void aVoteBySomeoneWhoIsNotAMemberIsUnprocessable() {
            fixture.given(openWithJoostAbsent())
                    .when(onTheProposal(vote(RIA, FOR), vote(PIET, FOR), vote(KEES, AGAINST), vote(ANNA, FOR),
                            new Ballot("mallory", FOR)))
                    .expectException(NotAMember.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("mallory"))
                    .expectNoEvents();
            assertThat(new NotAMember(MEETING, "mallory").kind()).isEqualTo(RuleViolation.Kind.UNPROCESSABLE);
        }

        @Test
        void aVoteByAMemberNotPresentIsUnprocessable() {
            fixture.given(openWithJoostAbsent())
                    .when(onTheProposal(vote(RIA, FOR), vote(PIET, FOR), vote(KEES, AGAINST), vote(ANNA, FOR),
                            vote(JOOST, AGAINST)))
                    .expectException(NotPresent.class)
                    .expectNoEvents();
            assertThat(new NotPresent(MEETING, "joost").kind()).isEqualTo(RuleViolation.Kind.UNPROCESSABLE);
        }

        @Test
        void onlyMembersHoldingASeatVote() {
            fixture.given(with(openWithJoostAbsent(), present(CLERK_MEMBER)))
                    .when(onTheProposal(vote(RIA, FOR), vote(PIET, FOR), vote(KEES, AGAINST), vote(ANNA, FOR),
                            vote(CLERK_MEMBER, FOR)))
                    .expectException(NotASeatHolder.class);
        }

        @Test
        void everyMemberPresentVotesThereIsNoAbstention() {
            fixture.given(openWithJoostAbsent())
                    .when(onTheProposal(vote(RIA, FOR), vote(PIET, FOR), vote(KEES, AGAINST)))
                    .expectException(BallotMissing.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("anna"));
        }

        @Test
        void aMemberVotesOnce() {
            fixture.given(openWithJoostAbsent())
                    .when(onTheProposal(vote(RIA, FOR), vote(RIA, AGAINST), vote(PIET, FOR), vote(KEES, AGAINST),
                            vote(ANNA, FOR)))
                    .expectException(MemberVotedTwice.class);
        }

        @Test
        void aVoteNeedsMoreThanHalfOfTheSeatsTakingPart() {
            fixture.given(planned(), composed(), FloorFixtures.opened(), present(RIA), present(KEES))
                    .when(onTheProposal(vote(RIA, FOR), vote(KEES, AGAINST)))
                    .expectException(VoteNeedsMoreThanHalfTheSeats.class);
        }

        @Test
        void votesAreRecordedOnlyWhileTheMeetingIsOpen() {
            fixture.given(planned(), composed())
                    .when(onTheProposal(vote(RIA, FOR)))
                    .expectException(MeetingNotOpen.class)
                    .expectNoEvents();
            assertThat(new MeetingNotOpen(MEETING, MeetingState.PLANNED).kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        }

        @Test
        void aClosedMeetingTakesNoVotes() {
            fixture.given(with(openWithJoostAbsent(), new nl.hamerslag.contracts.meeting.MeetingClosed(MEETING,
                            nl.hamerslag.contracts.DecidingBody.COUNCIL, DATE, FloorFixtures.OPENED_AT, 0, "0".repeat(64))))
                    .when(onTheProposal(vote(RIA, FOR), vote(PIET, FOR), vote(KEES, AGAINST), vote(ANNA, FOR)))
                    .expectException(MeetingNotOpen.class);
        }

        @Test
        void theProposalOfAnItemIsVotedOnce() {
            fixture.given(openWithJoostAbsent())
                    .andGivenCommands(onTheProposal(vote(RIA, FOR), vote(PIET, FOR), vote(KEES, AGAINST), vote(ANNA, FOR)))
                    .when(onTheProposal(vote(RIA, FOR), vote(PIET, FOR), vote(KEES, AGAINST), vote(ANNA, FOR)))
                    .expectException(VoteAlreadyHeld.class);
        }

        @Test
        void inTheCouncilTheClerkRecordsNotTheSecretariat() {
            fixture.given(openWithJoostAbsent())
                    .when(new HoldVote(MEETING, "vote-1", VoteSubject.PROPOSAL, null, ITEM, PROPOSAL,
                            List.of(vote(RIA, FOR), vote(PIET, FOR), vote(KEES, AGAINST), vote(ANNA, FOR)), List.of(),
                            SECRETARIAT.actingAs(nl.hamerslag.contracts.Role.SECRETARIAT)))
                    .expectException(NotTheRecorder.class);
        }
    }

    @Nested
    class WithoutAVote {

        @Test
        void everyMemberTakingPartCountsForExceptThoseRecordedAgainst() {
            fixture.given(openWithJoostAbsent())
                    .when(new AdoptWithoutVote(MEETING, "vote-1", VoteSubject.PROPOSAL, null, ITEM, PROPOSAL,
                            List.of("kees"), List.of(), CLERK))
                    .expectEvents(new VoteHeld(MEETING, "vote-1", PROPOSAL, ITEM, VoteSubject.PROPOSAL, PROPOSAL.toString(),
                            true, List.of(), List.of("kees"), List.of("joost"), List.of(),
                            List.of(new GroupResult(GL, 2, 0), new GroupResult(VVD, 1, 1)), 3, 1, VoteResult.ADOPTED));
        }

        @Test
        void withHalfRecordedAgainstItMustBeVoted() {
            fixture.given(openWithJoostAbsent())
                    .when(new AdoptWithoutVote(MEETING, "vote-1", VoteSubject.PROPOSAL, null, ITEM, PROPOSAL,
                            List.of("kees", "anna"), List.of(), CLERK))
                    .expectException(TooManyAgainstForAdoptionWithoutVote.class);
        }

        @Test
        void onlyMembersPresentAreRecordedAgainst() {
            fixture.given(openWithJoostAbsent())
                    .when(new AdoptWithoutVote(MEETING, "vote-1", VoteSubject.PROPOSAL, null, ITEM, PROPOSAL,
                            List.of("joost"), List.of(), CLERK))
                    .expectException(NotPresent.class);
        }
    }

    @Nested
    class Amendments {

        @Test
        void anAmendmentIsVotedBeforeTheProposal() {
            fixture.given(with(openWithJoostAbsent(), amendmentSubmitted("am-1")))
                    .when(onTheProposal(vote(RIA, FOR), vote(PIET, FOR), vote(KEES, AGAINST), vote(ANNA, FOR)))
                    .expectException(AmendmentsAreVotedFirst.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("am-1"));
        }

        @Test
        void anAdoptedVoteAdoptsTheAmendment() {
            AmendmentSubmitted amendment = amendmentSubmitted("am-1");
            fixture.given(with(openWithJoostAbsent(), amendment))
                    .when(new HoldVote(MEETING, "vote-2", VoteSubject.AMENDMENT, "am-1", null, null,
                            List.of(vote(RIA, FOR), vote(PIET, FOR), vote(KEES, FOR), vote(ANNA, AGAINST)), List.of(), CLERK))
                    .expectEventsMatching(Matchers.payloadsMatching(
                            Matchers.exactSequenceOf(
                                    Matchers.<Object>predicate(p -> p instanceof VoteHeld v
                                            && v.subject() == VoteSubject.AMENDMENT && v.subjectId().equals("am-1")
                                            && ITEM.equals(v.agendaItemId()) && PROPOSAL.equals(v.proposalId())
                                            && v.result() == VoteResult.ADOPTED),
                                    Matchers.<Object>equalTo(new AmendmentDecided(MEETING, "am-1",
                                            PROPOSAL, ITEM, amendment.title(), amendment.text(), List.of("ria"),
                                            List.of("kees"), InstrumentOutcome.ADOPTED, "vote-2")),
                                    Matchers.andNoMore())));
        }

        @Test
        void theSubmittersWithdrawTheirAmendment() {
            AmendmentSubmitted amendment = amendmentSubmitted("am-1");
            fixture.given(with(openWithJoostAbsent(), amendment))
                    .when(new WithdrawAmendment(MEETING, "am-1", CLERK))
                    .expectEvents(new AmendmentDecided(MEETING, "am-1", PROPOSAL, ITEM, amendment.title(),
                            amendment.text(), List.of("ria"), List.of("kees"), InstrumentOutcome.WITHDRAWN, null));
        }

        @Test
        void aHeldAmendmentCanNoLongerBeVoted() {
            fixture.given(with(openWithJoostAbsent(), amendmentSubmitted("am-1")))
                    .andGivenCommands(new HoldAmendment(MEETING, "am-1", CLERK))
                    .when(new HoldVote(MEETING, "vote-2", VoteSubject.AMENDMENT, "am-1", null, null,
                            List.of(vote(RIA, FOR), vote(PIET, FOR), vote(KEES, FOR), vote(ANNA, AGAINST)), List.of(), CLERK))
                    .expectException(InstrumentNotPending.class);
        }

        @Test
        void anAmendmentIsSubmittedByMembersHoldingASeat() {
            fixture.given(openWithJoostAbsent())
                    .when(new SubmitAmendment(MEETING, "am-1", ITEM, PROPOSAL, "Titel", "Tekst", List.of("wethouder"),
                            List.of(), CLERK))
                    .expectException(NotASeatHolder.class);
        }
    }

    @Nested
    class Motions {

        @Test
        void aMotionWithoutSubmitterIsInvalid() {
            fixture.given(openWithJoostAbsent())
                    .when(new SubmitMotion(MEETING, "mo-1", ITEM, PROPOSAL, "Bankjes", "Verzoekt het college ...",
                            List.of(), List.of("ria"), CLERK))
                    .expectException(SubmitterRequired.class)
                    .expectNoEvents();
            assertThat(new SubmitterRequired("motion").kind()).isEqualTo(RuleViolation.Kind.INVALID);
        }

        @Test
        void aMotionNotOnTheAgendaBelongsToNoItem() {
            fixture.given(openWithJoostAbsent())
                    .when(new SubmitMotion(MEETING, "mo-1", null, PROPOSAL, "Vreemd", "Verzoekt het college ...",
                            List.of("joost"), List.of("ria"), CLERK))
                    .expectEvents(new MotionSubmitted(MEETING, "mo-1", null, null, "Vreemd", "Verzoekt het college ...",
                            List.of("joost"), List.of("ria")));
        }

        @Test
        void aTiedMotionIsHeldForTheNextMeeting() {
            fixture.given(with(openWithJoostAbsent(), motionSubmitted("mo-1")))
                    .when(new HoldVote(MEETING, "vote-3", VoteSubject.MOTION, "mo-1", null, null,
                            List.of(vote(RIA, FOR), vote(PIET, FOR), vote(KEES, AGAINST), vote(ANNA, AGAINST)), List.of(), CLERK))
                    .expectEventsMatching(Matchers.payloadsMatching(
                            Matchers.exactSequenceOf(
                                    Matchers.<Object>predicate(p -> p instanceof VoteHeld v
                                            && v.result() == VoteResult.TIED),
                                    Matchers.<Object>predicate(p -> p instanceof MotionDecided m
                                            && m.outcome() == InstrumentOutcome.HELD && "vote-3".equals(m.voteId())),
                                    Matchers.andNoMore())));
        }

        @Test
        void aWithdrawnMotionIsWithdrawnOnce() {
            fixture.given(with(openWithJoostAbsent(), motionSubmitted("mo-1")))
                    .andGivenCommands(new WithdrawMotion(MEETING, "mo-1", CLERK))
                    .when(new WithdrawMotion(MEETING, "mo-1", CLERK))
                    .expectException(InstrumentNotPending.class);
        }

        @Test
        void aHeldMotionIsDecidedHeld() {
            MotionSubmitted motion = motionSubmitted("mo-1");
            fixture.given(with(openWithJoostAbsent(), motion))
                    .when(new HoldMotion(MEETING, "mo-1", CLERK))
                    .expectEvents(new MotionDecided(MEETING, "mo-1", PROPOSAL, ITEM, motion.title(), motion.text(),
                            List.of("kees"), List.of(), InstrumentOutcome.HELD, null));
        }
    }

    @Nested
    class Commitments {

        private MakeCommitment by(Member member, LocalDate deadline) {
            return new MakeCommitment(MEETING, "c-1", ITEM, PROPOSAL, "De raad krijgt voor de zomer een evaluatie.",
                    member.memberId(), null, "de raad", deadline, CLERK);
        }

        @Test
        void anAldermanMakesACommitment() {
            fixture.given(openWithJoostAbsent())
                    .when(by(ALDERMAN, LocalDate.of(2026, 6, 30)))
                    .expectEvents(new CommitmentMade(MEETING, "c-1", PROPOSAL, ITEM,
                            "De raad krijgt voor de zomer een evaluatie.", "wethouder", "Wim Wethouder", "de raad",
                            LocalDate.of(2026, 6, 30)));
        }

        @Test
        void aCommitmentIsMadeOnlyByTheMayorOrAnAlderman() {
            fixture.given(openWithJoostAbsent())
                    .when(by(RIA, LocalDate.of(2026, 6, 30)))
                    .expectException(OnlyTheCollegeCommits.class)
                    .expectNoEvents();
        }

        @Test
        void aCommitmentIsDueAfterTheMeeting() {
            fixture.given(openWithJoostAbsent())
                    .when(by(ALDERMAN, DATE.minusDays(1)))
                    .expectException(DeadlineBeforeMeeting.class);
        }
    }

    /** The agenda's decision asks the floor whether the item may be decided so. */
    @Nested
    class ReadinessForDecision {

        private Floor floor;

        @BeforeEach
        void openFloor() {
            Composition composition = new Composition(FloorFixtures.COUNCIL);
            Attendance attendance = new Attendance(composition);
            floor = new Floor(MEETING, nl.hamerslag.contracts.DecidingBody.COUNCIL, DATE, composition, attendance);
            floor.on(FloorFixtures.opened());
        }

        private void voted(VoteResult result) {
            floor.on(new VoteHeld(MEETING, "vote-1", PROPOSAL, ITEM, VoteSubject.PROPOSAL, PROPOSAL.toString(), false,
                    List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0, result));
        }

        @Test
        void aPendingAmendmentBlocksTheDecision() {
            floor.on(amendmentSubmitted("am-1"));

            assertThatThrownBy(() -> floor.requireReadyForDecision(ITEM, DecisionOutcome.AS_PROPOSED))
                    .isInstanceOf(AmendmentsAreVotedFirst.class);
            assertThatNoException().isThrownBy(() -> floor.requireReadyForDecision("item-8", DecisionOutcome.AS_PROPOSED));
        }

        @Test
        void aDecidedAmendmentNoLongerBlocks() {
            floor.on(amendmentSubmitted("am-1"));
            floor.on(new AmendmentDecided(MEETING, "am-1", PROPOSAL, ITEM, "t", "t", List.of("ria"), List.of(),
                    InstrumentOutcome.WITHDRAWN, null));

            assertThatNoException().isThrownBy(() -> floor.requireReadyForDecision(ITEM, DecisionOutcome.AS_PROPOSED));
        }

        @Test
        void anAdoptedProposalIsDecidedAsProposedOrAmended() {
            voted(VoteResult.ADOPTED);

            assertThatNoException().isThrownBy(() -> floor.requireReadyForDecision(ITEM, DecisionOutcome.AS_PROPOSED));
            assertThatNoException().isThrownBy(() -> floor.requireReadyForDecision(ITEM, DecisionOutcome.AMENDED));
            assertThatThrownBy(() -> floor.requireReadyForDecision(ITEM, DecisionOutcome.REJECTED))
                    .isInstanceOf(DecisionContradictsVote.class);
        }

        @Test
        void aRejectedProposalIsDecidedRejected() {
            voted(VoteResult.REJECTED);

            assertThatThrownBy(() -> floor.requireReadyForDecision(ITEM, DecisionOutcome.AS_PROPOSED))
                    .isInstanceOf(DecisionContradictsVote.class);
            assertThatNoException().isThrownBy(() -> floor.requireReadyForDecision(ITEM, DecisionOutcome.REJECTED));
        }

        @Test
        void aTieCarriesTheItemToTheNextMeeting() {
            voted(VoteResult.TIED);

            assertThatThrownBy(() -> floor.requireReadyForDecision(ITEM, DecisionOutcome.AS_PROPOSED))
                    .isInstanceOf(DecisionContradictsVote.class)
                    .hasMessageContaining("POSTPONED");
            assertThatNoException().isThrownBy(() -> floor.requireReadyForDecision(ITEM, DecisionOutcome.POSTPONED));
        }
    }
}
