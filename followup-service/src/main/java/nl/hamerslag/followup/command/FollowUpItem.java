package nl.hamerslag.followup.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.followup.DeadlineExtended;
import nl.hamerslag.contracts.followup.FollowUpEscalated;
import nl.hamerslag.contracts.followup.FollowUpItemOpened;
import nl.hamerslag.contracts.followup.FollowUpItemStarted;
import nl.hamerslag.contracts.followup.FollowUpKind;
import nl.hamerslag.contracts.followup.FollowUpOverdue;
import nl.hamerslag.contracts.followup.FollowUpReminderSent;
import nl.hamerslag.contracts.followup.QuestionRegistered;
import nl.hamerslag.contracts.followup.SettlementAccepted;
import nl.hamerslag.contracts.followup.SettlementNotAccepted;
import nl.hamerslag.contracts.followup.SettlementProposed;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.followup.command.refusal.DeadlineNotLater;
import nl.hamerslag.followup.command.refusal.ItemNotInState;
import nl.hamerslag.followup.command.refusal.NotTheClerk;
import nl.hamerslag.followup.command.refusal.OwnSettlementNotAcceptable;
import nl.hamerslag.followup.command.refusal.SettlementDocumentMissing;
import nl.hamerslag.followup.command.refusal.SubmitterRequired;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Opvolgpunt: one thing a decision, a commitment, an adopted motion or a council question asks to be
 * done, followed until it is settled: OPEN → IN_PROGRESS → SETTLEMENT_PROPOSED → SETTLED, or back to
 * IN_PROGRESS when the settlement is not accepted. Its deadline reminds, goes overdue and escalates
 * (sent by the deadline watch; each at most once per deadline, and never for a settled item).
 */
@Aggregate
public class FollowUpItem {

    @AggregateIdentifier
    private String id;
    private FollowUpKind kind;
    private ProposalId proposalId;
    private String portfolioHolder;
    private String department;
    private LocalDate deadline;
    private FollowUpState state;
    private String proposedBy;
    private String documentHash;
    private LocalDate remindedFor;
    private LocalDate overdueFor;
    private LocalDate escalatedFor;

    protected FollowUpItem() {
    }

    @CommandHandler
    public FollowUpItem(OpenFollowUpItem command) {
        apply(new FollowUpItemOpened(command.itemId(), command.kind(), command.meetingId(), command.decisionId(),
                command.commitmentId(), command.motionId(), command.proposalId(), FollowUpLimits.clip(command.text()),
                command.portfolioHolder(), command.department(), command.deadline()));
    }

    @CommandHandler
    public FollowUpItem(RegisterQuestion command) {
        if (command.caller().actingRole() != Role.CLERK) {
            throw new NotTheClerk();
        }
        if (command.submitter() == null || command.submitter().isBlank()) {
            throw new SubmitterRequired();
        }
        apply(new QuestionRegistered(command.itemId(), command.questionKind(), command.submitter().strip(),
                command.text(), command.receivedOn(), command.answerDue()));
        apply(new FollowUpItemOpened(command.itemId(), FollowUpKind.QUESTION, null, null, null, null, null,
                command.text(), command.portfolioHolder(), command.department(), command.answerDue()));
    }

    @CommandHandler
    public void handle(StartItem command) {
        WorkPolicy.require(id, department, command.caller());
        requireState(FollowUpState.OPEN, "OPEN");
        apply(new FollowUpItemStarted(id, proposalId));
    }

    @CommandHandler
    public void handle(ProposeSettlement command) {
        WorkPolicy.require(id, department, command.caller());
        if (state == FollowUpState.OPEN) {
            apply(new FollowUpItemStarted(id, proposalId));
        }
        requireState(FollowUpState.IN_PROGRESS, "IN_PROGRESS (or OPEN)");
        SettlementDocument document = command.document();
        apply(new SettlementProposed(id, proposalId, document.name(), document.mediaType(), document.size(),
                document.sha256(), command.caller().subject()));
    }

    @CommandHandler
    public void handle(AcceptSettlement command) {
        SettlementPolicy.require(id, kind, department, command.caller());
        if (state != FollowUpState.SETTLEMENT_PROPOSED) {
            throw state == FollowUpState.SETTLED ? new ItemNotInState(id, state, "SETTLEMENT_PROPOSED")
                    : new SettlementDocumentMissing(id);
        }
        if (command.caller().subject().equals(proposedBy)) {
            throw new OwnSettlementNotAcceptable(id);
        }
        apply(new SettlementAccepted(id, proposalId, documentHash, command.caller().subject()));
    }

    @CommandHandler
    public void handle(RejectSettlement command) {
        SettlementPolicy.require(id, kind, department, command.caller());
        String reason = FollowUpLimits.reason("not accepting a settlement", command.reason());
        if (state != FollowUpState.SETTLEMENT_PROPOSED) {
            throw new SettlementDocumentMissing(id);
        }
        apply(new SettlementNotAccepted(id, proposalId, documentHash, reason));
    }

    @CommandHandler
    public void handle(ExtendDeadline command) {
        WorkPolicy.require(id, department, command.caller());
        String reason = FollowUpLimits.reason("extending a deadline", command.reason());
        if (state == FollowUpState.SETTLED) {
            throw new ItemNotInState(id, state, "not yet SETTLED");
        }
        if (command.to() == null || deadline != null && !command.to().isAfter(deadline)) {
            throw new DeadlineNotLater(deadline, command.to());
        }
        apply(new DeadlineExtended(id, proposalId, deadline, command.to(), reason));
    }

    @CommandHandler
    public void handle(SendReminder command) {
        if (isCurrent(command.deadline()) && !command.deadline().equals(remindedFor)) {
            apply(new FollowUpReminderSent(id, proposalId, deadline, portfolioHolder, department));
        }
    }

    @CommandHandler
    public void handle(MarkOverdue command) {
        if (isCurrent(command.deadline()) && !command.deadline().equals(overdueFor)) {
            apply(new FollowUpOverdue(id, proposalId, deadline));
        }
    }

    @CommandHandler
    public void handle(Escalate command) {
        if (isCurrent(command.deadline()) && !command.deadline().equals(escalatedFor)) {
            apply(new FollowUpEscalated(id, proposalId, deadline, portfolioHolder));
        }
    }

    /** A deadline that moved or an item that was settled since the watch looked has nothing to remind of. */
    private boolean isCurrent(LocalDate watched) {
        return state != FollowUpState.SETTLED && watched != null && watched.equals(deadline);
    }

    private void requireState(FollowUpState wanted, String described) {
        if (state != wanted) {
            throw new ItemNotInState(id, state, described);
        }
    }

    @EventSourcingHandler
    void on(FollowUpItemOpened event) {
        id = event.itemId();
        kind = event.kind();
        proposalId = event.proposalId();
        portfolioHolder = event.portfolioHolder();
        department = event.department();
        deadline = event.deadline();
        state = FollowUpState.OPEN;
    }

    @EventSourcingHandler
    void on(QuestionRegistered event) {
        id = event.itemId();
    }

    @EventSourcingHandler
    void on(FollowUpItemStarted event) {
        state = FollowUpState.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(SettlementProposed event) {
        state = FollowUpState.SETTLEMENT_PROPOSED;
        proposedBy = event.proposedBy();
        documentHash = event.sha256();
    }

    @EventSourcingHandler
    void on(SettlementAccepted event) {
        state = FollowUpState.SETTLED;
    }

    @EventSourcingHandler
    void on(SettlementNotAccepted event) {
        state = FollowUpState.IN_PROGRESS;
        proposedBy = null;
        documentHash = null;
    }

    @EventSourcingHandler
    void on(DeadlineExtended event) {
        deadline = event.to();
    }

    @EventSourcingHandler
    void on(FollowUpReminderSent event) {
        remindedFor = event.deadline();
    }

    @EventSourcingHandler
    void on(FollowUpOverdue event) {
        overdueFor = event.deadline();
    }

    @EventSourcingHandler
    void on(FollowUpEscalated event) {
        escalatedFor = event.deadline();
    }
}
