package nl.hamerslag.approval.command;

import nl.hamerslag.approval.command.RoutePlan.PlannedStage;
import nl.hamerslag.approval.command.RoutePlan.PlannedStep;
import nl.hamerslag.approval.command.SignOffRefused.Attempt;
import nl.hamerslag.approval.command.refusal.NotTheVersionUnderReview;
import nl.hamerslag.approval.command.refusal.ReasonRequired;
import nl.hamerslag.approval.command.refusal.RouteClosed;
import nl.hamerslag.approval.command.refusal.StepAlreadyDecided;
import nl.hamerslag.approval.command.refusal.StepNotInRoute;
import nl.hamerslag.approval.command.refusal.StepNotYetDue;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.approval.ReturnedForRevision;
import nl.hamerslag.contracts.approval.ReturnedForRevision.Remark;
import nl.hamerslag.contracts.approval.RouteCompleted;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.contracts.approval.RouteSuperseded;
import nl.hamerslag.contracts.approval.StepApproved;
import nl.hamerslag.contracts.approval.StepDelegated;
import nl.hamerslag.contracts.approval.StepDue;
import nl.hamerslag.contracts.approval.StepEscalated;
import nl.hamerslag.contracts.approval.StepRefused;
import nl.hamerslag.contracts.approval.StepReminderSent;
import nl.hamerslag.contracts.approval.StepSkipped;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.problem.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Accorderingsroute: the sign-off route of one submission of a proposal. Its stages are due one
 * after another; the steps within a stage may sign in parallel. When every step approved (or was
 * skipped by the secretary), the route is complete and the proposal is ready for a decision; one
 * refusal ends it and sends the proposal back. Each due step has a deadline: a reminder at the
 * deadline, an escalation after the grace period. Who may act on a step is the {@link SignOffPolicy}'s.
 */
@Aggregate
public class ApprovalRoute {

    /** A step handed to a named person. */
    record Delegation(String delegator, String delegate, String mandate) {
    }

    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");

    @AggregateIdentifier
    private String routeId;
    private ProposalId proposalId;
    private ContentHash version;
    private RoutePlan plan;
    private SignOffPolicy signOff = SignOffPolicy.UNKNOWN_AUTHOR;
    private RouteStatus phase;
    private final Map<String, StepState> status = new HashMap<>();
    private final Map<String, Delegation> delegations = new HashMap<>();
    private final List<Remark> remarks = new ArrayList<>();
    private final Set<String> reminded = new HashSet<>();
    private final Set<String> escalated = new HashSet<>();

    protected ApprovalRoute() {
        // for Axon: created empty, then sourced from its events
    }

    /**
     * Creates the route, or does nothing when this submission already has its route: the id follows
     * from the submission, so a submission delivered again has no second effect.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenRoute command, RoutePolicy policy, DeadlinePolicy deadlines, DeadlineManager deadlineManager) {
        if (routeId != null) {
            return;
        }
        RoutePlan routePlan = policy.planFor(command.submission());
        if (routePlan.stages().isEmpty()) {
            throw new IllegalStateException("the route rules gave no stages for " + command.submission());
        }
        apply(new RouteOpened(command.proposalId(), command.routeId(), command.version(), routePlan.published()));
        apply(new RoutePlanFixed(command.routeId(), command.proposalId(), routePlan, command.submission()));
        openStage(routePlan.stages().get(0), deadlines, deadlineManager);
    }

    @CommandHandler
    SignOffOutcome handle(ApproveStep command, DeadlinePolicy deadlines, DeadlineManager deadlineManager) {
        PlannedStep step = step(command.stepId());
        Optional<RuleViolation> refusal = mayDecide(step, command.caller(), command.reviewedVersion());
        if (refusal.isPresent()) {
            return refused(step, command.caller(), Attempt.APPROVE, refusal.get());
        }
        Delegation delegation = delegatedTo(step, command.caller());
        String text = command.remarks() == null ? "" : command.remarks().strip();
        apply(new StepApproved(proposalId, routeId, step.stepId(), step.role(), version, command.caller().actor(), text,
                delegation == null ? null : delegation.delegator()));
        advance(plan.stageOf(step), deadlines, deadlineManager);
        return SignOffOutcome.done();
    }

    @CommandHandler
    SignOffOutcome handle(RefuseStep command) {
        String reason = required(command.reason(), "refusal");
        PlannedStep step = step(command.stepId());
        Optional<RuleViolation> refusal = mayDecide(step, command.caller(), command.reviewedVersion());
        if (refusal.isPresent()) {
            return refused(step, command.caller(), Attempt.REFUSE, refusal.get());
        }
        StepRefused refused = new StepRefused(proposalId, routeId, step.stepId(), step.role(), version,
                command.caller().actor(), reason);
        apply(refused);
        List<Remark> all = new ArrayList<>(remarks);
        all.add(new Remark(step.stepId(), step.role(), refused.refuser().name(), reason, true));
        apply(new ReturnedForRevision(proposalId, routeId, version, all));
        return SignOffOutcome.done();
    }

    @CommandHandler
    SignOffOutcome handle(DelegateStep command, PeopleDirectory directory) {
        PlannedStep step = step(command.stepId());
        requireOpen();
        Caller caller = command.caller();
        Optional<RuleViolation> refusal = signOff.toDelegate(step, caller, delegatedTo(step, caller) != null);
        if (refusal.isPresent()) {
            return refused(step, caller, Attempt.DELEGATE, refusal.get());
        }
        requireDue(step);
        refusal = signOff.toReceive(step, command.delegateTo());
        if (refusal.isPresent()) {
            return refused(step, caller, Attempt.DELEGATE, refusal.get());
        }
        PeopleDirectory.Delegate delegate = directory.delegateFor(step, command.delegateTo(), today());
        String reason = command.reason() == null ? "" : command.reason().strip();
        apply(new StepDelegated(proposalId, routeId, step.stepId(), step.role(), caller.actor(),
                delegate.person().subject(), delegate.person().name(), reason, delegate.mandate()));
        return SignOffOutcome.done();
    }

    @CommandHandler
    SignOffOutcome handle(SkipStep command, DeadlinePolicy deadlines, DeadlineManager deadlineManager) {
        PlannedStep step = step(command.stepId());
        requireOpen();
        Optional<RuleViolation> refusal = signOff.toSkip(step, command.caller());
        if (refusal.isPresent()) {
            return refused(step, command.caller(), Attempt.SKIP, refusal.get());
        }
        String reason = required(command.reason(), "skip");
        requireDue(step);
        apply(new StepSkipped(proposalId, routeId, step.stepId(), step.role(), command.caller().actor(), reason));
        advance(plan.stageOf(step), deadlines, deadlineManager);
        return SignOffOutcome.done();
    }

    /** Idempotent: a route superseded once stays superseded with its first reason. */
    @CommandHandler
    void handle(SupersedeRoute command) {
        if (phase == RouteStatus.SUPERSEDED) {
            return;
        }
        if (phase == RouteStatus.COMPLETED) {
            throw new RouteClosed(routeId, "completed");
        }
        apply(new RouteSuperseded(proposalId, routeId, version, command.reason()));
    }

    @DeadlineHandler(deadlineName = StepDeadlines.REMINDER)
    void on(StepDeadlines.Reminder deadline) {
        PlannedStep step = step(deadline.stepId());
        if (phase == RouteStatus.OPEN && status.get(step.stepId()) == StepState.DUE && !reminded.contains(step.stepId())) {
            apply(new StepReminderSent(proposalId, routeId, step.stepId(), step.role(), deadline.dueAt()));
        }
    }

    @DeadlineHandler(deadlineName = StepDeadlines.ESCALATION)
    void on(StepDeadlines.Escalation deadline) {
        PlannedStep step = step(deadline.stepId());
        if (phase == RouteStatus.OPEN && status.get(step.stepId()) == StepState.DUE && !escalated.contains(step.stepId())) {
            apply(new StepEscalated(proposalId, routeId, step.stepId(), step.role(), deadline.dueAt(),
                    deadline.escalateTo()));
        }
    }

    // --- rules shared by the outcomes

    /**
     * Whether the caller may approve or refuse the step now, on the version under review: a refusal to
     * record, or nothing. A delegate signs in the step's role too; the signature then names the delegator.
     */
    private Optional<RuleViolation> mayDecide(PlannedStep step, Caller caller, ContentHash reviewedVersion) {
        requireOpen();
        Optional<RuleViolation> refusal = signOff.toSign(step, caller, delegatedTo(step, caller) != null);
        if (refusal.isPresent()) {
            return refusal;
        }
        requireDue(step);
        if (reviewedVersion != null && !reviewedVersion.equals(version)) {
            throw new NotTheVersionUnderReview(reviewedVersion, version);
        }
        return Optional.empty();
    }

    /** The attempt is refused, and recorded: throwing would roll back the event that records it. */
    private SignOffOutcome refused(PlannedStep step, Caller caller, Attempt attempt, RuleViolation refusal) {
        apply(new SignOffRefused(routeId, proposalId, step.stepId(), step.role(), caller.actor(), attempt,
                refusal.getClass().getSimpleName(), refusal.getMessage()));
        return SignOffOutcome.refused(refusal);
    }

    private void requireOpen() {
        if (phase != RouteStatus.OPEN) {
            throw new RouteClosed(routeId, switch (phase) {
                case COMPLETED -> "completed";
                case RETURNED -> "returned for revision";
                case SUPERSEDED -> "superseded";
                case OPEN -> "open";
            });
        }
    }

    private void requireDue(PlannedStep step) {
        StepState current = status.get(step.stepId());
        switch (current) {
            case DUE -> {
            }
            case WAITING -> throw new StepNotYetDue(step.stepId(), plan.stageOf(step).number(), dueStage());
            default -> throw new StepAlreadyDecided(step.stepId(), current.name().toLowerCase(Locale.ROOT));
        }
    }

    private Delegation delegatedTo(PlannedStep step, Caller caller) {
        Delegation delegation = delegations.get(step.stepId());
        return delegation != null && delegation.delegate().equals(caller.subject()) ? delegation : null;
    }

    private static String required(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequired(what);
        }
        return reason.strip();
    }

    private void advance(PlannedStage stage, DeadlinePolicy deadlines, DeadlineManager deadlineManager) {
        boolean done = stage.steps().stream().allMatch(s -> isDone(status.get(s.stepId())));
        if (!done) {
            return;
        }
        plan.after(stage).ifPresentOrElse(next -> openStage(next, deadlines, deadlineManager),
                () -> apply(new RouteCompleted(proposalId, routeId, version)));
    }

    private static boolean isDone(StepState stepStatus) {
        return stepStatus == StepState.APPROVED || stepStatus == StepState.SKIPPED;
    }

    /** The stage's steps become due now; each gets its deadline, a reminder then and an escalation after the grace period. */
    private void openStage(PlannedStage stage, DeadlinePolicy deadlines, DeadlineManager deadlineManager) {
        Instant now = GenericEventMessage.clock.instant();
        apply(new StageOpened(routeId, proposalId, stage.number(), stage.steps().stream().map(PlannedStep::stepId).toList()));
        for (PlannedStep step : stage.steps()) {
            Instant dueAt = deadlines.dueAt(now, step.workingDays());
            apply(new StepDue(proposalId, routeId, step.stepId(), step.role(), step.department(), dueAt));
            deadlineManager.schedule(dueAt, StepDeadlines.REMINDER,
                    StepDeadlines.message(new StepDeadlines.Reminder(step.stepId(), dueAt)));
            deadlineManager.schedule(deadlines.escalateAt(dueAt), StepDeadlines.ESCALATION,
                    StepDeadlines.message(new StepDeadlines.Escalation(step.stepId(), dueAt, deadlines.escalateTo())));
        }
    }

    private static LocalDate today() {
        return GenericEventMessage.clock.instant().atZone(MUNICIPALITY).toLocalDate();
    }

    // --- state, from the events only

    @EventSourcingHandler
    void on(RouteOpened event) {
        routeId = event.routeId();
        proposalId = event.proposalId();
        version = event.version();
        plan = RoutePlan.of(event.stages());
        phase = RouteStatus.OPEN;
        plan.stages().forEach(stage -> stage.steps().forEach(step -> status.put(step.stepId(), StepState.WAITING)));
    }

    @EventSourcingHandler
    void on(RoutePlanFixed event) {
        plan = event.plan();
        if (event.submission() != null) {
            signOff = new SignOffPolicy(event.submission().author());
        }
    }

    @EventSourcingHandler
    void on(StageOpened event) {
        event.stepIds().forEach(stepId -> status.put(stepId, StepState.DUE));
    }

    @EventSourcingHandler
    void on(StepApproved event) {
        status.put(event.stepId(), StepState.APPROVED);
        if (event.remarks() != null && !event.remarks().isBlank()) {
            remarks.add(new Remark(event.stepId(), event.role(), event.signer().name(), event.remarks(), false));
        }
    }

    @EventSourcingHandler
    void on(StepRefused event) {
        status.put(event.stepId(), StepState.REFUSED);
    }

    @EventSourcingHandler
    void on(StepSkipped event) {
        status.put(event.stepId(), StepState.SKIPPED);
    }

    @EventSourcingHandler
    void on(StepDelegated event) {
        delegations.put(event.stepId(), new Delegation(event.delegator().subject(), event.delegateSubject(), event.mandate()));
    }

    @EventSourcingHandler
    void on(StepReminderSent event) {
        reminded.add(event.stepId());
    }

    @EventSourcingHandler
    void on(StepEscalated event) {
        escalated.add(event.stepId());
    }

    @EventSourcingHandler
    void on(ReturnedForRevision event) {
        phase = RouteStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(RouteCompleted event) {
        phase = RouteStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(RouteSuperseded event) {
        phase = RouteStatus.SUPERSEDED;
    }

    private PlannedStep step(String stepId) {
        return plan.step(stepId).orElseThrow(() -> new StepNotInRoute(stepId, plan.stepIds()));
    }

    /** The first stage with a step not yet done. */
    private int dueStage() {
        return plan.stages().stream().filter(s -> s.steps().stream().anyMatch(step -> !isDone(status.get(step.stepId()))))
                .mapToInt(PlannedStage::number).findFirst().orElse(0);
    }
}
