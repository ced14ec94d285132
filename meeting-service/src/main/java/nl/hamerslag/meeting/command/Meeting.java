package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.meeting.AgendaChange;
import nl.hamerslag.contracts.meeting.AgendaChanged;
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
import nl.hamerslag.meeting.command.refusal.ItemAlreadyDecided;
import nl.hamerslag.meeting.command.refusal.ItemWithdrawnFromAgenda;
import nl.hamerslag.meeting.command.refusal.ItemsUndecided;
import nl.hamerslag.meeting.command.refusal.MeetingNotOpen;
import nl.hamerslag.meeting.command.refusal.NoQuorum;
import nl.hamerslag.meeting.command.refusal.NoSuchAgendaItem;
import nl.hamerslag.meeting.command.refusal.NoSuchPosition;
import nl.hamerslag.meeting.command.refusal.NotAMember;
import nl.hamerslag.meeting.command.refusal.NotAProposalItem;
import nl.hamerslag.meeting.command.refusal.NotAStandingItem;
import nl.hamerslag.meeting.command.refusal.NotDecidable;
import nl.hamerslag.meeting.command.refusal.NotReadyForThisBody;
import nl.hamerslag.meeting.command.refusal.ProposalAlreadyOnAgenda;
import nl.hamerslag.meeting.command.refusal.TooLateToCancel;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Vergadering: one meeting of one body. Guards its agenda, its attendance and everything decided
 * in it; the council's instruments (votes, motions, amendments, commitments) are kept by its floor.
 * Every action is the body's keeper's (AgendaKeeper): the secretariat for the college, the griffie
 * for committees and the council.
 */
@Aggregate
public class Meeting {

    @AggregateIdentifier
    private String id;
    private String bodyId;
    private DecidingBody body;
    private LocalDate date;
    private MeetingState state;
    private Composition composition;
    private Attendance attendance;
    @AggregateMember
    private Floor floor;
    private final Agenda agenda = new Agenda();
    private final Map<String, DecisionTaken> decisions = new HashMap<>();
    private final List<String> adoptedDecisionLists = new ArrayList<>();

    protected Meeting() {
    }

    @CommandHandler
    public Meeting(PlanMeeting command) {
        AgendaKeeper.require(command.body(), command.caller());
        MeetingLimits.check(command);
        apply(new MeetingPlanned(command.meetingId(), command.bodyId(), command.body(), command.bodyName(),
                command.date(), command.startsAt(), command.place(), command.closedPart()));
        apply(new MeetingComposed(command.meetingId(), command.members()));
    }

    @CommandHandler
    public void handle(CancelMeeting command) {
        AgendaKeeper.require(body, command.caller());
        if (!state.isBeforeOpening()) {
            throw new TooLateToCancel(id, state);
        }
        String reason = MeetingLimits.required("cancelling a meeting", command.reason());
        agenda.undecidedProposals().forEach(item -> apply(new ProposalUnscheduled(item.proposalId(), id, body,
                item.id(), "Vergadering geannuleerd: " + reason)));
        apply(new MeetingCancelled(id, body, reason));
    }

    @CommandHandler
    public void handle(OpenMeeting command) {
        AgendaKeeper.require(body, command.caller());
        if (state != MeetingState.AGENDA_PUBLISHED) {
            throw new AgendaNotPublished(id, state);
        }
        apply(new MeetingOpened(id, command.at()));
    }

    @CommandHandler
    public void handle(RecordAttendance command) {
        AgendaKeeper.require(body, command.caller());
        requireOpen();
        composition.member(command.memberId()).orElseThrow(() -> new NotAMember(id, command.memberId()));
        if (attendance.of(command.memberId()) != command.presence()) {
            apply(new AttendanceRecorded(id, command.memberId(), command.presence(), command.at()));
        }
    }

    @CommandHandler
    public String handle(ScheduleProposal command, ReadyProposals ready) {
        AgendaKeeper.require(body, command.caller());
        requireAgendaChangeable();
        agenda.holding(command.proposalId()).ifPresent(item -> {
            throw new ProposalAlreadyOnAgenda(command.proposalId(), id, item.id());
        });
        ReadyProposal proposal = ready.readyFor(command.proposalId(), body)
                .orElseThrow(() -> new NotReadyForThisBody(command.proposalId(), id, body));
        requireRoomFor(proposal.documents().size());
        String reason = MeetingLimits.text("reason", command.reason(), MeetingLimits.REASON);
        AgendaItemType type = command.itemType() == null ? AgendaItemType.DEBATE_ITEM : command.itemType();
        apply(new AgendaItemAdded(id, command.agendaItemId(), AgendaItemKind.PROPOSAL, proposal.title(),
                proposal.proposalId(), type, proposal.confidentiality(), proposal.version(), proposal.finalBody(),
                proposal.documents(), null, reason, command.at()));
        apply(new ProposalScheduled(proposal.proposalId(), id, body, date, command.agendaItemId(), type,
                proposal.version()));
        announce(AgendaChange.ADDED, command.agendaItemId(), reason);
        return command.agendaItemId();
    }

    @CommandHandler
    public String handle(AddStandingItem command, DecisionLists lists) {
        AgendaKeeper.require(body, command.caller());
        requireAgendaChangeable();
        if (command.kind() == null || command.kind() == AgendaItemKind.PROPOSAL) {
            throw new NotAStandingItem(id);
        }
        requireRoomFor(0);
        String previous = command.kind() == AgendaItemKind.PREVIOUS_DECISION_LIST
                ? DecisionListAdoption.earlierMeeting(id, bodyId, command.previousMeetingId(), lists) : null;
        String title = MeetingLimits.text("title", command.title(), MeetingLimits.TITLE);
        String reason = MeetingLimits.text("reason", command.reason(), MeetingLimits.REASON);
        apply(new AgendaItemAdded(id, command.agendaItemId(), command.kind(),
                title == null ? StandingItems.usualTitle(command.kind()) : title, null, null, null, null, null,
                List.of(), previous, reason, command.at()));
        announce(AgendaChange.ADDED, command.agendaItemId(), reason);
        return command.agendaItemId();
    }

    @CommandHandler
    public void handle(MarkAgendaItem command) {
        AgendaKeeper.require(body, command.caller());
        requireAgendaChangeable();
        AgendaItem item = undecided(command.agendaItemId());
        if (command.itemType() != null && !item.isProposal()) {
            throw new NotAProposalItem(item.id(), item.kind());
        }
        AgendaItemType type = command.itemType() == null ? item.itemType() : command.itemType();
        boolean confidential = command.confidential() == null ? item.confidential() : command.confidential();
        String reason = MeetingLimits.text("reason", command.reason(), MeetingLimits.REASON);
        if (type != item.itemType() || confidential != item.confidential()) {
            apply(new AgendaItemMarked(id, item.id(), type, confidential, reason));
            announce(AgendaChange.MARKED, item.id(), reason);
        }
    }

    @CommandHandler
    public void handle(MoveAgendaItem command) {
        AgendaKeeper.require(body, command.caller());
        requireAgendaChangeable();
        AgendaItem item = onAgenda(command.agendaItemId());
        if (command.position() < 1 || command.position() > agenda.size()) {
            throw new NoSuchPosition(command.position(), agenda.size());
        }
        String reason = MeetingLimits.text("reason", command.reason(), MeetingLimits.REASON);
        if (agenda.number(item.id()) != command.position()) {
            apply(new AgendaItemMoved(id, item.id(), command.position(), reason));
            announce(AgendaChange.MOVED, item.id(), reason);
        }
    }

    @CommandHandler
    public void handle(WithdrawAgendaItem command) {
        AgendaKeeper.require(body, command.caller());
        requireAgendaChangeable();
        AgendaItem item = undecided(command.agendaItemId());
        String reason = MeetingLimits.required("withdrawing an agenda item", command.reason());
        apply(new AgendaItemWithdrawn(id, item.id(), reason));
        if (item.isProposal()) {
            apply(new ProposalUnscheduled(item.proposalId(), id, body, item.id(), reason));
        }
        announce(AgendaChange.WITHDRAWN, item.id(), reason);
    }

    /** A withdrawn proposal leaves the agenda while it can still change; a decided one stays decided. */
    @CommandHandler
    public void handle(DropWithdrawnProposal command) {
        if (state == MeetingState.CANCELLED || state == MeetingState.CLOSED) {
            return;
        }
        agenda.holding(command.proposalId()).filter(item -> !item.decided()).ifPresent(item -> {
            String reason = "Voorstel teruggetrokken: " + (command.reason() == null ? "" : command.reason());
            apply(new AgendaItemWithdrawn(id, item.id(), reason));
            announce(AgendaChange.WITHDRAWN, item.id(), reason);
        });
    }

    @CommandHandler
    public void handle(PublishAgenda command) {
        AgendaKeeper.require(body, command.caller());
        if (state == MeetingState.AGENDA_PUBLISHED || state == MeetingState.OPENED) {
            throw new AgendaAlreadyPublished(id);
        }
        if (state != MeetingState.PLANNED) {
            throw new AgendaClosedForChanges(id, state);
        }
        apply(new AgendaPublished(id, body, date, agenda.entries()));
    }

    @CommandHandler
    public void handle(DecideItem command, DecisionLists lists) {
        AgendaKeeper.require(body, command.caller());
        requireOpen();
        AgendaItem item = undecided(command.agendaItemId());
        if (item.kind() == AgendaItemKind.PREVIOUS_DECISION_LIST) {
            if (command.outcome() != DecisionOutcome.AS_PROPOSED && command.outcome() != DecisionOutcome.AMENDED) {
                throw new NotDecidable(item.id(), item.kind(), "is adopted (AS_PROPOSED) or left for a later meeting; "
                        + command.outcome() + " means nothing for a decision list.");
            }
            adopt(item, lists);
            return;
        }
        if (!item.isProposal()) {
            throw new NotDecidable(item.id(), item.kind(), "is not decided; only proposals, and the previous meeting's "
                    + "decision list, are.");
        }
        requireQuorum();
        instrumentsAllowDecision(item.id(), command.outcome());
        decide(item, command.outcome(), command.decisionText(), command.amendedText(), command.followUpActions(),
                command.nextBody(), command.at());
    }

    @CommandHandler
    public List<String> handle(DecideHammerItems command) {
        AgendaKeeper.require(body, command.caller());
        requireOpen();
        List<AgendaItem> hammerItems = agenda.undecidedHammerItems();
        if (hammerItems.isEmpty()) {
            return List.of();
        }
        requireQuorum();
        hammerItems.forEach(item -> instrumentsAllowDecision(item.id(), DecisionOutcome.AS_PROPOSED));
        hammerItems.forEach(item -> decide(item, DecisionOutcome.AS_PROPOSED, null, null, List.of(), null,
                command.at()));
        return hammerItems.stream().map(AgendaItem::id).toList();
    }

    @CommandHandler
    public void handle(AdoptDecisionList command, DecisionLists lists) {
        AgendaKeeper.require(body, command.caller());
        requireOpen();
        AgendaItem item = undecided(command.agendaItemId());
        if (item.kind() != AgendaItemKind.PREVIOUS_DECISION_LIST) {
            throw new NotDecidable(item.id(), item.kind(), "names no decision list; a decision list is adopted "
                    + "through the PREVIOUS_DECISION_LIST item that names its meeting.");
        }
        adopt(item, lists);
    }

    @CommandHandler
    public void handle(CloseMeeting command) {
        AgendaKeeper.require(body, command.caller());
        requireOpen();
        List<AgendaItem> undecided = agenda.undecidedProposals();
        if (!undecided.isEmpty()) {
            throw new ItemsUndecided(id, undecided.stream().map(item -> agenda.number(item.id())).toList());
        }
        DecisionList list = DecisionListDrafting.drawUp(id, bodyId, body, date, agenda.current(), decisions,
                adoptedDecisionLists);
        apply(new DecisionListDrawnUp(id, list));
        apply(new MeetingClosed(id, body, date, command.at(), list.decisions().size(), list.sha256().value()));
    }

    /** The floor's say on a decision: an amendment still open, or a vote with another result, holds it back. */
    private void instrumentsAllowDecision(String agendaItemId, DecisionOutcome outcome) {
        floor.requireReadyForDecision(agendaItemId, outcome);
    }

    private void decide(AgendaItem item, DecisionOutcome outcome, String text, String amended,
                        List<FollowUpAction> actions, DecidingBody askedNext, Instant at) {
        apply(DecisionPolicy.decide(id, body, date, item, outcome, text, amended, actions, askedNext, at));
    }

    private void adopt(AgendaItem item, DecisionLists lists) {
        DecisionListAdoption.requireAdoptable(bodyId, item.previousMeetingId(), lists);
        apply(new DecisionListAdopted(item.previousMeetingId(), id, date));
    }

    private void announce(AgendaChange change, String agendaItemId, String reason) {
        if (state == MeetingState.AGENDA_PUBLISHED || state == MeetingState.OPENED) {
            apply(new AgendaChanged(id, body, change, agendaItemId, reason, agenda.entries()));
        }
    }

    private AgendaItem onAgenda(String agendaItemId) {
        AgendaItem item = agenda.find(agendaItemId).orElseThrow(() -> new NoSuchAgendaItem(id, agendaItemId));
        if (item.withdrawn()) {
            throw new ItemWithdrawnFromAgenda(id, agendaItemId);
        }
        return item;
    }

    private AgendaItem undecided(String agendaItemId) {
        AgendaItem item = onAgenda(agendaItemId);
        if (item.decided()) {
            throw new ItemAlreadyDecided(id, agendaItemId);
        }
        return item;
    }

    private void requireAgendaChangeable() {
        if (state == MeetingState.CANCELLED || state == MeetingState.CLOSED) {
            throw new AgendaClosedForChanges(id, state);
        }
    }

    private void requireOpen() {
        if (state != MeetingState.OPENED) {
            throw new MeetingNotOpen(id, state);
        }
    }

    private void requireQuorum() {
        if (body == DecidingBody.COUNCIL && !attendance.hasQuorum()) {
            throw new NoQuorum(id, attendance.seatsPresent(), attendance.seats());
        }
    }

    private void requireRoomFor(int documents) {
        if (agenda.size() + 1 > MeetingLimits.ITEMS) {
            throw new AgendaFull(id, "items", MeetingLimits.ITEMS);
        }
        if (agenda.documents() + documents > MeetingLimits.DOCUMENTS) {
            throw new AgendaFull(id, "documents", MeetingLimits.DOCUMENTS);
        }
    }

    @EventSourcingHandler
    void on(MeetingPlanned event) {
        id = event.meetingId();
        bodyId = event.bodyId();
        body = event.body();
        date = event.date();
        state = MeetingState.PLANNED;
    }

    @EventSourcingHandler
    void on(MeetingComposed event) {
        composition = new Composition(event.members());
        attendance = new Attendance(composition);
        floor = new Floor(id, body, date, composition, attendance);
    }

    @EventSourcingHandler
    void on(MeetingCancelled event) {
        state = MeetingState.CANCELLED;
    }

    @EventSourcingHandler
    void on(MeetingOpened event) {
        state = MeetingState.OPENED;
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event) {
        attendance.record(event.memberId(), event.presence());
    }

    @EventSourcingHandler
    void on(AgendaItemAdded event) {
        agenda.add(new AgendaItem(event));
    }

    @EventSourcingHandler
    void on(AgendaItemMarked event) {
        agenda.find(event.agendaItemId()).ifPresent(item -> item.mark(event.itemType(), event.confidential()));
    }

    @EventSourcingHandler
    void on(AgendaItemMoved event) {
        agenda.move(event.agendaItemId(), event.position());
    }

    @EventSourcingHandler
    void on(AgendaItemWithdrawn event) {
        agenda.withdraw(event.agendaItemId());
    }

    @EventSourcingHandler
    void on(AgendaPublished event) {
        state = MeetingState.AGENDA_PUBLISHED;
    }

    @EventSourcingHandler
    void on(DecisionTaken event) {
        agenda.find(event.agendaItemId()).ifPresent(AgendaItem::decide);
        decisions.put(event.agendaItemId(), event);
    }

    @EventSourcingHandler
    void on(DecisionListAdopted event) {
        agenda.current().stream()
                .filter(item -> item.kind() == AgendaItemKind.PREVIOUS_DECISION_LIST && !item.decided()
                        && event.meetingId().equals(item.previousMeetingId()))
                .findFirst().ifPresent(AgendaItem::decide);
        adoptedDecisionLists.add(event.meetingId());
    }

    @EventSourcingHandler
    void on(MeetingClosed event) {
        state = MeetingState.CLOSED;
    }
}
