package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.drafting.AttachmentKind;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.meeting.AgendaChange;
import nl.hamerslag.contracts.meeting.AgendaChanged;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.AgendaItemKind;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.contracts.meeting.AgendaPublished;
import nl.hamerslag.contracts.meeting.DecisionListAdopted;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.contracts.meeting.FollowUpAction;
import nl.hamerslag.contracts.meeting.MeetingCancelled;
import nl.hamerslag.contracts.meeting.MeetingClosed;
import nl.hamerslag.contracts.meeting.MeetingPlanned;
import nl.hamerslag.contracts.meeting.ProposalScheduled;
import nl.hamerslag.contracts.meeting.ProposalUnscheduled;
import nl.hamerslag.meeting.command.refusal.AgendaAlreadyPublished;
import nl.hamerslag.meeting.command.refusal.AgendaClosedForChanges;
import nl.hamerslag.meeting.command.refusal.AgendaFull;
import nl.hamerslag.meeting.command.refusal.AgendaNotPublished;
import nl.hamerslag.meeting.command.refusal.ItemWithdrawnFromAgenda;
import nl.hamerslag.meeting.command.refusal.NoSuchPosition;
import nl.hamerslag.meeting.command.refusal.NotAMember;
import nl.hamerslag.meeting.command.refusal.NotAStandingItem;
import nl.hamerslag.meeting.command.refusal.NotDecidable;
import nl.hamerslag.meeting.command.refusal.ReasonRequired;
import nl.hamerslag.meeting.command.refusal.AmendedTextRequired;
import nl.hamerslag.meeting.command.refusal.DecisionListNotAdoptable;
import nl.hamerslag.meeting.command.refusal.ItemAlreadyDecided;
import nl.hamerslag.meeting.command.refusal.ItemsUndecided;
import nl.hamerslag.meeting.command.refusal.MeetingNotOpen;
import nl.hamerslag.meeting.command.refusal.NoQuorum;
import nl.hamerslag.meeting.command.refusal.NotAProposalItem;
import nl.hamerslag.meeting.command.refusal.NotReadyForThisBody;
import nl.hamerslag.meeting.command.refusal.NotTheAgendaKeeper;
import nl.hamerslag.meeting.command.refusal.NotTheNextBody;
import nl.hamerslag.meeting.command.refusal.PreviousMeetingUnknown;
import nl.hamerslag.meeting.command.refusal.ProposalAlreadyOnAgenda;
import nl.hamerslag.meeting.command.refusal.TextTooLong;
import nl.hamerslag.meeting.command.refusal.TooLateToCancel;
import nl.hamerslag.platform.identity.Caller;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingTest {

    static final String MEETING = "meeting-1";
    static final LocalDate DATE = LocalDate.of(2026, 3, 10);
    static final Instant AT = Instant.parse("2026-03-10T15:00:00Z");
    static final Caller SECRETARIAT = Caller.of("bas.bestuurssecretariaat", "Bas", Set.of(Role.SECRETARIAT), "Bestuurszaken");
    static final Caller CLERK = Caller.of("greet.griffier", "Greet", Set.of(Role.CLERK), "Griffie");
    static final Caller ALDERMAN = Caller.of("wim.wethouder", "Wim", Set.of(Role.COLLEGE_MEMBER), "College");
    static final ProposalId P1 = ProposalId.of("00000000-0000-0000-0000-000000000001");
    static final ProposalId P2 = ProposalId.of("00000000-0000-0000-0000-000000000002");
    static final ProposalId P3 = ProposalId.of("00000000-0000-0000-0000-000000000003");
    static final ContentHash V1 = ContentHash.sha256("v1");
    static final ContentHash MAIN = ContentHash.sha256("main document");
    static final ContentHash ANNEX = ContentHash.sha256("annex");
    static final List<Manifest.Entry> DOCUMENTS = List.of(
            new Manifest.Entry("a-main", AttachmentKind.MAIN, "voorstel.pdf", "application/pdf", 100, MAIN),
            new Manifest.Entry("a-annex", AttachmentKind.ANNEX, "bijlage.pdf",
                    "application/pdf", 50, ANNEX));
    static final List<Member> COUNCIL_MEMBERS = List.of(
            new Member("m1", "Raadslid Een", MemberFunction.COUNCIL_MEMBER, "Partij A", null),
            new Member("m2", "Raadslid Twee", MemberFunction.COUNCIL_MEMBER, "Partij A", null),
            new Member("m3", "Raadslid Drie", MemberFunction.COUNCIL_MEMBER, "Partij B", null),
            new Member("mayor", "Burgemeester", MemberFunction.MAYOR, null, null));

    private AggregateTestFixture<Meeting> fixture;
    private final Map<ProposalId, ReadyProposal> ready = new HashMap<>();
    private final Map<String, DecisionLists.DecisionListState> lists = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        ReadyProposals readyProposals = (id, body) -> Optional.ofNullable(ready.get(id));
        DecisionLists decisionLists = id -> Optional.ofNullable(lists.get(id));
        fixture.registerInjectableResource(readyProposals);
        fixture.registerInjectableResource(decisionLists);
    }

    // --- the meeting's history, as given events ---

    static MeetingPlanned planned(DecidingBody body) {
        return new MeetingPlanned(MEETING, body.name().toLowerCase(), body, "De " + body, DATE, LocalTime.of(19, 30),
                "Raadzaal", true);
    }

    static MeetingComposed composed(List<Member> members) {
        return new MeetingComposed(MEETING, members);
    }

    static AgendaItemAdded added(String itemId, ProposalId proposal, AgendaItemType type, DecidingBody finalBody) {
        return new AgendaItemAdded(MEETING, itemId, AgendaItemKind.PROPOSAL, "Voorstel " + itemId, proposal, type,
                Confidentiality.OPENBAAR, V1, finalBody, DOCUMENTS, null, null, AT);
    }

    static AgendaItemAdded standing(String itemId, AgendaItemKind kind, String previousMeetingId) {
        return new AgendaItemAdded(MEETING, itemId, kind, StandingItems.usualTitle(kind), null, null, null, null, null,
                List.of(), previousMeetingId, null, AT);
    }

    static AgendaPublished published() {
        return new AgendaPublished(MEETING, DecidingBody.COLLEGE, DATE, List.of());
    }

    static MeetingOpened opened() {
        return new MeetingOpened(MEETING, AT);
    }

    static ReadyProposal readyProposal(ProposalId id, DecidingBody finalBody) {
        return new ReadyProposal(id, "Herinrichting Marktplein", Confidentiality.OPENBAAR, finalBody, V1, DOCUMENTS);
    }

    /** A college meeting, its agenda published, opened, with one debate item (item-1) of P1. */
    private List<Object> openCollegeMeetingWithOneItem() {
        return List.of(planned(DecidingBody.COLLEGE), composed(List.of()),
                added("item-1", P1, AgendaItemType.DEBATE_ITEM, DecidingBody.COLLEGE), published(), opened());
    }

    private DecisionTaken decision(String itemId, ProposalId proposal, DecidingBody body, DecisionOutcome outcome,
                                   DecidingBody nextBody, String text, String amended) {
        return new DecisionTaken(proposal, java.util.UUID.nameUUIDFromBytes((MEETING + "/" + itemId).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString(), MEETING, body, outcome, V1, AT, nextBody, itemId,
                "Voorstel " + itemId, text, amended, Confidentiality.OPENBAAR, DATE, List.of(MAIN, ANNEX), List.of());
    }

    private DecideItem decide(String itemId, DecisionOutcome outcome, Caller caller) {
        return new DecideItem(MEETING, itemId, outcome, null, null, List.of(), null, AT, caller);
    }

    @Nested
    class Planning {

        @Test
        void aMeetingIsPlannedWithTheMembersOfItsBody() {
            fixture.givenNoPriorActivity()
                    .when(new PlanMeeting(MEETING, "council", DecidingBody.COUNCIL, "De Raad", DATE, LocalTime.of(19, 30),
                            "Raadzaal", true, COUNCIL_MEMBERS, CLERK))
                    .expectEvents(new MeetingPlanned(MEETING, "council", DecidingBody.COUNCIL, "De Raad", DATE,
                            LocalTime.of(19, 30), "Raadzaal", true), composed(COUNCIL_MEMBERS));
        }

        @Test
        void onlyTheSecretariatPlansACollegeMeeting() {
            fixture.givenNoPriorActivity()
                    .when(new PlanMeeting(MEETING, "college", DecidingBody.COLLEGE, "College", DATE, LocalTime.NOON,
                            "Kamer 1", false, List.of(), CLERK))
                    .expectException(NotTheAgendaKeeper.class);
        }

        @Test
        void aPlaceLongerThanTheLimitIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new PlanMeeting(MEETING, "college", DecidingBody.COLLEGE, "College", DATE, LocalTime.NOON,
                            "x".repeat(MeetingLimits.PLACE + 1), false, List.of(), SECRETARIAT))
                    .expectException(TextTooLong.class);
        }

        @Test
        void aMeetingThatHasNotOpenedIsCancelledAndItsProposalsAreReadyAgain() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            added("item-1", P1, AgendaItemType.DEBATE_ITEM, DecidingBody.COLLEGE))
                    .when(new CancelMeeting(MEETING, "Geen quorum te verwachten", SECRETARIAT))
                    .expectEvents(new ProposalUnscheduled(P1, MEETING, DecidingBody.COLLEGE, "item-1",
                                    "Vergadering geannuleerd: Geen quorum te verwachten"),
                            new MeetingCancelled(MEETING, DecidingBody.COLLEGE, "Geen quorum te verwachten"));
        }

        @Test
        void cancellingNeedsAReason() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()))
                    .when(new CancelMeeting(MEETING, null, SECRETARIAT))
                    .expectException(ReasonRequired.class);
        }

        @Test
        void theAgendaIsPublishedBeforeTheMeetingOpens() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()))
                    .when(new OpenMeeting(MEETING, AT, SECRETARIAT))
                    .expectException(AgendaNotPublished.class);
        }

        @Test
        void attendanceIsOfTheMeetingsMembers() {
            fixture.given(planned(DecidingBody.COUNCIL), composed(COUNCIL_MEMBERS), published(), opened())
                    .when(new RecordAttendance(MEETING, "stranger", Presence.PRESENT, AT, CLERK))
                    .expectException(NotAMember.class);
        }

        @Test
        void anOpenedMeetingCannotBeCancelled() {
            fixture.given(openCollegeMeetingWithOneItem())
                    .when(new CancelMeeting(MEETING, "Te laat", SECRETARIAT))
                    .expectException(TooLateToCancel.class);
        }
    }

    @Nested
    class TheAgenda {

        @Test
        void aReadyProposalGoesOnTheAgendaAndIsScheduled() {
            ready.put(P1, readyProposal(P1, DecidingBody.COLLEGE));
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()))
                    .when(new ScheduleProposal(MEETING, "item-1", P1, AgendaItemType.HAMMER_ITEM, null, AT, SECRETARIAT))
                    .expectEvents(new AgendaItemAdded(MEETING, "item-1", AgendaItemKind.PROPOSAL,
                                    "Herinrichting Marktplein", P1, AgendaItemType.HAMMER_ITEM, Confidentiality.OPENBAAR,
                                    V1, DecidingBody.COLLEGE, DOCUMENTS, null, null, AT),
                            new ProposalScheduled(P1, MEETING, DecidingBody.COLLEGE, DATE, "item-1",
                                    AgendaItemType.HAMMER_ITEM, V1));
        }

        @Test
        void aProposalThatIsNotApprovedOrNotReadyForThisBodyIsRefused() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()))
                    .when(new ScheduleProposal(MEETING, "item-1", P1, null, null, AT, SECRETARIAT))
                    .expectException(NotReadyForThisBody.class)
                    .expectNoEvents();
        }

        @Test
        void aProposalIsOnOneAgendaOnce() {
            ready.put(P1, readyProposal(P1, DecidingBody.COLLEGE));
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            added("item-1", P1, AgendaItemType.DEBATE_ITEM, DecidingBody.COLLEGE))
                    .when(new ScheduleProposal(MEETING, "item-2", P1, null, null, AT, SECRETARIAT))
                    .expectException(ProposalAlreadyOnAgenda.class);
        }

        @Test
        void theAgendaOfACancelledMeetingDoesNotChange() {
            ready.put(P1, readyProposal(P1, DecidingBody.COLLEGE));
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            new MeetingCancelled(MEETING, DecidingBody.COLLEGE, "Geannuleerd"))
                    .when(new ScheduleProposal(MEETING, "item-1", P1, null, null, AT, SECRETARIAT))
                    .expectException(AgendaClosedForChanges.class);
        }

        @Test
        void onlyTheKeeperOfTheBodyChangesItsAgenda() {
            ready.put(P1, readyProposal(P1, DecidingBody.COLLEGE));
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()))
                    .when(new ScheduleProposal(MEETING, "item-1", P1, null, null, AT, ALDERMAN))
                    .expectException(NotTheAgendaKeeper.class);
        }

        @Test
        void publishingMakesTheAgendaKnownInOrderWithItsDocuments() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            standing("open", AgendaItemKind.OPENING, null),
                            added("item-1", P1, AgendaItemType.HAMMER_ITEM, DecidingBody.COLLEGE))
                    .when(new PublishAgenda(MEETING, SECRETARIAT))
                    .expectEvents(new AgendaPublished(MEETING, DecidingBody.COLLEGE, DATE, List.of(
                            new AgendaEntry("open", 1, AgendaItemKind.OPENING, "Opening", null, null, false, null, List.of()),
                            new AgendaEntry("item-1", 2, AgendaItemKind.PROPOSAL, "Voorstel item-1", P1,
                                    AgendaItemType.HAMMER_ITEM, false, Confidentiality.OPENBAAR, DOCUMENTS))));
        }

        @Test
        void afterPublicationAnAddedItemIsPublishedAsAChangeWithTheWholeAgenda() {
            ready.put(P2, readyProposal(P2, DecidingBody.COLLEGE));
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            added("item-1", P1, AgendaItemType.HAMMER_ITEM, DecidingBody.COLLEGE), published())
                    .when(new ScheduleProposal(MEETING, "item-2", P2, null, "Spoedeisend", AT, SECRETARIAT))
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.predicate((List<?> payloads) -> {
                                AgendaChanged changed = (AgendaChanged) payloads.get(2);
                                return changed.change() == AgendaChange.ADDED && changed.agendaItemId().equals("item-2")
                                        && changed.reason().equals("Spoedeisend") && changed.items().size() == 2
                                        && changed.items().get(1).number() == 2;
                            })));
        }

        @Test
        void afterPublicationAWithdrawnItemIsAChangeAndItsProposalIsReadyAgain() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            added("item-1", P1, AgendaItemType.HAMMER_ITEM, DecidingBody.COLLEGE), published())
                    .when(new WithdrawAgendaItem(MEETING, "item-1", "Stukken niet compleet", SECRETARIAT))
                    .expectEvents(new AgendaItemWithdrawn(MEETING, "item-1", "Stukken niet compleet"),
                            new ProposalUnscheduled(P1, MEETING, DecidingBody.COLLEGE, "item-1", "Stukken niet compleet"),
                            new AgendaChanged(MEETING, DecidingBody.COLLEGE, AgendaChange.WITHDRAWN, "item-1",
                                    "Stukken niet compleet", List.of()));
        }

        @Test
        void aProposalWithdrawnByItsAuthorLeavesThePublishedAgendaAndIsNotReadyAgain() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            added("item-1", P1, AgendaItemType.HAMMER_ITEM, DecidingBody.COLLEGE), published())
                    .when(new DropWithdrawnProposal(MEETING, P1, "Vervallen"))
                    .expectEvents(new AgendaItemWithdrawn(MEETING, "item-1", "Voorstel teruggetrokken: Vervallen"),
                            new AgendaChanged(MEETING, DecidingBody.COLLEGE, AgendaChange.WITHDRAWN, "item-1",
                                    "Voorstel teruggetrokken: Vervallen", List.of()));
        }

        @Test
        void aWithdrawnProposalThatWasDecidedStaysDecided() {
            List<Object> history = new ArrayList<>(openCollegeMeetingWithOneItem());
            history.add(decision("item-1", P1, DecidingBody.COLLEGE, DecisionOutcome.AS_PROPOSED, null, "Conform.", null));
            fixture.given(history)
                    .when(new DropWithdrawnProposal(MEETING, P1, "Te laat"))
                    .expectNoEvents();
        }

        @Test
        void afterPublicationAMoveIsAChange() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            standing("open", AgendaItemKind.OPENING, null),
                            added("item-1", P1, AgendaItemType.HAMMER_ITEM, DecidingBody.COLLEGE), published())
                    .when(new MoveAgendaItem(MEETING, "item-1", 1, "Eerst behandelen", SECRETARIAT))
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.predicate((List<?> payloads) ->
                                    payloads.get(0).equals(new AgendaItemMoved(MEETING, "item-1", 1, "Eerst behandelen"))
                                            && ((AgendaChanged) payloads.get(1)).items().get(0).agendaItemId().equals("item-1"))));
        }

        @Test
        void anAgendaIsPublishedOnce() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()), published())
                    .when(new PublishAgenda(MEETING, SECRETARIAT))
                    .expectException(AgendaAlreadyPublished.class);
        }

        @Test
        void afterPublicationMarkingAnItemConfidentialIsAChange() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            added("item-1", P1, AgendaItemType.HAMMER_ITEM, DecidingBody.COLLEGE), published())
                    .when(new MarkAgendaItem(MEETING, "item-1", AgendaItemType.DEBATE_ITEM, true, "Vragen", SECRETARIAT))
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.predicate((List<?> payloads) ->
                                    payloads.get(0).equals(new AgendaItemMarked(MEETING, "item-1",
                                            AgendaItemType.DEBATE_ITEM, true, "Vragen"))
                                            && ((AgendaChanged) payloads.get(1)).change() == AgendaChange.MARKED
                                            && ((AgendaChanged) payloads.get(1)).items().get(0).confidential())));
        }

        @Test
        void anItemMovesToAPlaceOnTheAgenda() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            added("item-1", P1, AgendaItemType.HAMMER_ITEM, DecidingBody.COLLEGE))
                    .when(new MoveAgendaItem(MEETING, "item-1", 2, null, SECRETARIAT))
                    .expectException(NoSuchPosition.class);
        }

        @Test
        void aDecidedItemIsNotWithdrawn() {
            List<Object> history = new ArrayList<>(openCollegeMeetingWithOneItem());
            history.add(decision("item-1", P1, DecidingBody.COLLEGE, DecisionOutcome.AS_PROPOSED, null, "Conform.", null));
            fixture.given(history)
                    .when(new WithdrawAgendaItem(MEETING, "item-1", "Toch niet", SECRETARIAT))
                    .expectException(ItemAlreadyDecided.class);
        }

        @Test
        void withdrawingAnItemNeedsAReason() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            added("item-1", P1, AgendaItemType.HAMMER_ITEM, DecidingBody.COLLEGE))
                    .when(new WithdrawAgendaItem(MEETING, "item-1", "  ", SECRETARIAT))
                    .expectException(ReasonRequired.class);
        }

        @Test
        void aWithdrawnItemIsNotDecided() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            added("item-1", P1, AgendaItemType.HAMMER_ITEM, DecidingBody.COLLEGE),
                            new AgendaItemWithdrawn(MEETING, "item-1", "Weg"), published(), opened())
                    .when(decide("item-1", DecisionOutcome.AS_PROPOSED, SECRETARIAT))
                    .expectException(ItemWithdrawnFromAgenda.class);
        }

        @Test
        void aProposalComesOnTheAgendaFromTheReadyListNotAsAStandingItem() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()))
                    .when(new AddStandingItem(MEETING, "x", AgendaItemKind.PROPOSAL, "Voorstel", null, null, AT, SECRETARIAT))
                    .expectException(NotAStandingItem.class);
        }

        @Test
        void anAgendaHoldsAtMostItsLimitOfItems() {
            List<Object> history = new ArrayList<>(List.of(planned(DecidingBody.COLLEGE), composed(List.of())));
            for (int i = 0; i < MeetingLimits.ITEMS; i++) {
                history.add(standing("s" + i, AgendaItemKind.ANNOUNCEMENTS, null));
            }
            fixture.given(history)
                    .when(new AddStandingItem(MEETING, "one-more", AgendaItemKind.CLOSING, null, null, null, AT, SECRETARIAT))
                    .expectException(AgendaFull.class);
        }

        @Test
        void anOpeningIsNotDecided() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()), standing("open", AgendaItemKind.OPENING, null),
                            published(), opened())
                    .when(decide("open", DecisionOutcome.AS_PROPOSED, SECRETARIAT))
                    .expectException(NotDecidable.class);
        }

        @Test
        void aStandingItemIsNeitherHammerNorDebate() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()), standing("open", AgendaItemKind.OPENING, null))
                    .when(new MarkAgendaItem(MEETING, "open", AgendaItemType.HAMMER_ITEM, null, null, SECRETARIAT))
                    .expectException(NotAProposalItem.class);
        }

        @Test
        void theItemAdoptingAPreviousDecisionListNamesAnEarlierMeetingOfTheSameBody() {
            lists.put("other-body", new DecisionLists.DecisionListState("other-body", "council", MeetingState.CLOSED, null));
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()))
                    .when(new AddStandingItem(MEETING, "list", AgendaItemKind.PREVIOUS_DECISION_LIST, null, "other-body",
                            null, AT, SECRETARIAT))
                    .expectException(PreviousMeetingUnknown.class);
        }
    }

    @Nested
    class Decisions {

        @Test
        void aDecisionNamesTheDocumentsOfTheApprovedVersion() {
            fixture.given(openCollegeMeetingWithOneItem())
                    .when(new DecideItem(MEETING, "item-1", DecisionOutcome.AS_PROPOSED, "Conform.", null,
                            List.of(new FollowUpAction("Uitvoeren", "Wethouder Ruimte", "Ruimte", DATE.plusMonths(3))),
                            null, AT, SECRETARIAT))
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.predicate((List<?> payloads) -> {
                                DecisionTaken taken = (DecisionTaken) payloads.get(0);
                                return taken.documentHashes().equals(List.of(MAIN, ANNEX)) && taken.version().equals(V1)
                                        && taken.followUpActions().size() == 1 && taken.meetingDate().equals(DATE)
                                        && taken.nextBody() == null;
                            })));
        }

        @Test
        void aMeetingThatIsNotOpenedDecidesNothing() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            added("item-1", P1, AgendaItemType.DEBATE_ITEM, DecidingBody.COLLEGE), published())
                    .when(decide("item-1", DecisionOutcome.AS_PROPOSED, SECRETARIAT))
                    .expectException(MeetingNotOpen.class);
        }

        @Test
        void anItemIsDecidedOnce() {
            List<Object> history = new ArrayList<>(openCollegeMeetingWithOneItem());
            history.add(decision("item-1", P1, DecidingBody.COLLEGE, DecisionOutcome.AS_PROPOSED, null, "Conform.", null));
            fixture.given(history)
                    .when(decide("item-1", DecisionOutcome.REJECTED, SECRETARIAT))
                    .expectException(ItemAlreadyDecided.class);
        }

        @Test
        void anAmendedDecisionSaysHow() {
            fixture.given(openCollegeMeetingWithOneItem())
                    .when(decide("item-1", DecisionOutcome.AMENDED, SECRETARIAT))
                    .expectException(AmendedTextRequired.class);
        }

        @Test
        void aPostponedProposalIsDecidedPostponedAndGoesNowhereElse() {
            fixture.given(openCollegeMeetingWithOneItem())
                    .when(decide("item-1", DecisionOutcome.POSTPONED, SECRETARIAT))
                    .expectEvents(decision("item-1", P1, DecidingBody.COLLEGE, DecisionOutcome.POSTPONED, null,
                            "Aangehouden.", null));
        }

        @Test
        void theCouncilDecidesNothingWithoutAQuorum() {
            fixture.given(planned(DecidingBody.COUNCIL), composed(COUNCIL_MEMBERS),
                            added("item-1", P1, AgendaItemType.DEBATE_ITEM, DecidingBody.COUNCIL), published(), opened(),
                            new AttendanceRecorded(MEETING, "m1", Presence.PRESENT, AT),
                            new AttendanceRecorded(MEETING, "mayor", Presence.PRESENT, AT))
                    .when(decide("item-1", DecisionOutcome.AS_PROPOSED, CLERK))
                    .expectException(NoQuorum.class);
        }

        @Test
        void theCouncilDecidesWithMoreThanHalfOfItsSeatsPresent() {
            fixture.given(planned(DecidingBody.COUNCIL), composed(COUNCIL_MEMBERS),
                            added("item-1", P1, AgendaItemType.DEBATE_ITEM, DecidingBody.COUNCIL), published(), opened(),
                            new AttendanceRecorded(MEETING, "m1", Presence.PRESENT, AT),
                            new AttendanceRecorded(MEETING, "m2", Presence.PRESENT, AT))
                    .when(decide("item-1", DecisionOutcome.AS_PROPOSED, CLERK))
                    .expectEvents(decision("item-1", P1, DecidingBody.COUNCIL, DecisionOutcome.AS_PROPOSED, null,
                            "Conform voorstel besloten.", null));
        }

        @Test
        void theCollegeSendsACouncilProposalToTheCommittee() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            added("item-1", P1, AgendaItemType.DEBATE_ITEM, DecidingBody.COUNCIL), published(), opened())
                    .when(decide("item-1", DecisionOutcome.AS_PROPOSED, SECRETARIAT))
                    .expectEvents(decision("item-1", P1, DecidingBody.COLLEGE, DecisionOutcome.AS_PROPOSED,
                            DecidingBody.COMMITTEE, "Conform voorstel besloten.", null));
        }

        @Test
        void theCommitteesAdviceSendsACouncilProposalToTheCouncil() {
            fixture.given(planned(DecidingBody.COMMITTEE), composed(List.of()),
                            added("item-1", P1, AgendaItemType.DEBATE_ITEM, DecidingBody.COUNCIL), published(), opened())
                    .when(decide("item-1", DecisionOutcome.AS_PROPOSED, CLERK))
                    .expectEvents(decision("item-1", P1, DecidingBody.COMMITTEE, DecisionOutcome.AS_PROPOSED,
                            DecidingBody.COUNCIL, "Conform voorstel besloten.", null));
        }

        @Test
        void aCouncilProposalSkipsNoBody() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            added("item-1", P1, AgendaItemType.DEBATE_ITEM, DecidingBody.COUNCIL), published(), opened())
                    .when(new DecideItem(MEETING, "item-1", DecisionOutcome.AS_PROPOSED, null, null, List.of(),
                            DecidingBody.COUNCIL, AT, SECRETARIAT))
                    .expectException(NotTheNextBody.class);
        }

        @Test
        void everyUndecidedHammerItemIsDecidedAsProposedInOneAction() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            added("item-1", P1, AgendaItemType.HAMMER_ITEM, DecidingBody.COLLEGE),
                            added("item-2", P2, AgendaItemType.DEBATE_ITEM, DecidingBody.COLLEGE),
                            added("item-3", P3, AgendaItemType.HAMMER_ITEM, DecidingBody.COLLEGE), published(), opened())
                    .when(new DecideHammerItems(MEETING, AT, SECRETARIAT))
                    .expectEvents(
                            decision("item-1", P1, DecidingBody.COLLEGE, DecisionOutcome.AS_PROPOSED, null,
                                    "Conform voorstel besloten.", null),
                            decision("item-3", P3, DecidingBody.COLLEGE, DecisionOutcome.AS_PROPOSED, null,
                                    "Conform voorstel besloten.", null))
                    .expectResultMessagePayload(List.of("item-1", "item-3"));
        }
    }

    @Nested
    class ClosingAndTheDecisionList {

        @Test
        void closingDrawsUpTheDecisionListAndPublishesItsHash() {
            List<Object> history = new ArrayList<>(openCollegeMeetingWithOneItem());
            history.add(decision("item-1", P1, DecidingBody.COLLEGE, DecisionOutcome.AS_PROPOSED, null, "Conform.", null));
            DecisionList expected = new DecisionList(MEETING, "college", DecidingBody.COLLEGE, DATE.toString(), List.of(
                    new DecisionList.Decision(1, "item-1", decision("item-1", P1, DecidingBody.COLLEGE,
                            DecisionOutcome.AS_PROPOSED, null, "", null).decisionId(), P1.toString(), "Voorstel item-1",
                            DecisionOutcome.AS_PROPOSED, "Conform.", null, V1.value(), null, "openbaar", AT.toString(),
                            List.of(MAIN.value(), ANNEX.value()), List.of())), List.of());
            fixture.given(history)
                    .when(new CloseMeeting(MEETING, AT, SECRETARIAT))
                    .expectEvents(new DecisionListDrawnUp(MEETING, expected),
                            new MeetingClosed(MEETING, DecidingBody.COLLEGE, DATE, AT, 1, expected.sha256().value()));
            assertThat(expected.json()).contains("\"meetingDate\":\"2026-03-10\"").contains("\"outcome\":\"AS_PROPOSED\"");
        }

        @Test
        void aMeetingWithUndecidedProposalsDoesNotClose() {
            fixture.given(openCollegeMeetingWithOneItem())
                    .when(new CloseMeeting(MEETING, AT, SECRETARIAT))
                    .expectException(ItemsUndecided.class);
        }

        @Test
        void aLaterMeetingOfTheSameBodyAdoptsTheDecisionListOfAClosedMeeting() {
            lists.put("earlier", new DecisionLists.DecisionListState("earlier", "college", MeetingState.CLOSED, null));
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            standing("list", AgendaItemKind.PREVIOUS_DECISION_LIST, "earlier"), published(), opened())
                    .when(decide("list", DecisionOutcome.AS_PROPOSED, SECRETARIAT))
                    .expectEvents(new DecisionListAdopted("earlier", MEETING, DATE));
        }

        @Test
        void aDecisionListIsAdoptedOnce() {
            lists.put("earlier", new DecisionLists.DecisionListState("earlier", "college", MeetingState.CLOSED, "between"));
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            standing("list", AgendaItemKind.PREVIOUS_DECISION_LIST, "earlier"), published(), opened())
                    .when(new AdoptDecisionList(MEETING, "list", AT, SECRETARIAT))
                    .expectException(DecisionListNotAdoptable.class);
        }

        @Test
        void theDecisionListOfAMeetingNotClosedIsNotAdopted() {
            lists.put("earlier", new DecisionLists.DecisionListState("earlier", "college", MeetingState.OPENED, null));
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            standing("list", AgendaItemKind.PREVIOUS_DECISION_LIST, "earlier"), published(), opened())
                    .when(new AdoptDecisionList(MEETING, "list", AT, SECRETARIAT))
                    .expectException(DecisionListNotAdoptable.class);
        }

        @Test
        void theAdoptedListsItemCountsAsDecidedAndTheMeetingCloses() {
            fixture.given(planned(DecidingBody.COLLEGE), composed(List.of()),
                            standing("list", AgendaItemKind.PREVIOUS_DECISION_LIST, "earlier"), published(), opened(),
                            new DecisionListAdopted("earlier", MEETING, DATE))
                    .when(new AdoptDecisionList(MEETING, "list", AT, SECRETARIAT))
                    .expectException(ItemAlreadyDecided.class);
        }
    }
}
