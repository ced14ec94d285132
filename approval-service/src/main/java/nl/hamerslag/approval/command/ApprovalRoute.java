package nl.hamerslag.approval.command;

import nl.hamerslag.approval.command.RoutePlan.PlannedStage;
import nl.hamerslag.approval.command.RoutePlan.PlannedStep;
import nl.hamerslag.contracts.Actor;
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
import nl.hamerslag.platform.MetadataKeys;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
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
 * deadline, an escalation after the grace period.
 */
@Aggregate
public class ApprovalRoute {

    /** Where the route stands. */
    enum Phase { OPEN, COMPLETED, RETURNED, SUPERSEDED }

    /** Where one step stands. */
    enum StepStatus { WAITING, DUE, APPROVED, REFUSED, SKIPPED }

    /** A step handed to a named person. */
    record Delegation(String delegator, String delegate, String mandate) {
    }

    private static final String SERVICE = "approval-service";
    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");

    @AggregateIdentifier
    private String routeId;
    private ProposalId proposalId;
    private ContentHash version;
    private RoutePlan plan;
    private Phase phase;
    private final Map<String, StepStatus> status = new HashMap<>();
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
        apply(new RoutePlanFixed(command.routeId(), command.proposalId(), routePlan));
        openStage(routePlan.stages().get(0), deadlines, deadlineManager);
    }

    @CommandHandler
    void handle(ApproveStep command, DeadlinePolicy deadlines, DeadlineManager deadlineManager) {
        PlannedStep step = dueStep(command.stepId(), command.signatory(), command.reviewedVersion());
        Actor signer = command.signatory().as(step.role());
        Delegation delegation = delegatedTo(step, command.signatory());
        String text = command.remarks() == null ? "" : command.remarks().strip();
        apply(new StepApproved(proposalId, routeId, step.stepId(), step.role(), version, signer, text,
                delegation == null ? null : delegation.delegator()));
        advance(stageOf(step), deadlines, deadlineManager);
    }

    @CommandHandler
    void handle(RefuseStep command) {
        String reason = required(command.reason(), "refusal");
        PlannedStep step = dueStep(command.stepId(), command.signatory(), command.reviewedVersion());
        Actor refuser = command.signatory().as(step.role());
        apply(new StepRefused(proposalId, routeId, step.stepId(), step.role(), version, refuser, reason));
        List<Remark> all = new ArrayList<>(remarks);
        all.add(new Remark(step.stepId(), step.role(), refuser.name(), reason, true));
        apply(new ReturnedForRevision(proposalId, routeId, version, all));
    }

    @CommandHandler
    void handle(DelegateStep command, PeopleDirectory directory) {
        PlannedStep step = step(command.stepId());
        requireOpen();
        Signatory signatory = command.signatory();
        boolean secretary = signatory.holds(Role.MUNICIPAL_SECRETARY);
        if (!secretary) {
            authorize(step, signatory);
        }
        requireDue(step);
        if (command.delegateTo() == null || command.delegateTo().isBlank()) {
            throw new DelegationNotAllowed("delegateTo: name the user id of the person who should sign step '"
                    + step.stepId() + "'.");
        }
        PeopleDirectory.Person delegate = directory.person(command.delegateTo().strip()).orElseThrow(() ->
                new DelegationNotAllowed("'" + command.delegateTo() + "' is not in the people directory; a step is "
                        + "delegated only to a known person."));
        String mandate = null;
        if (!delegate.holds(step.role(), step.department())) {
            mandate = directory.mandate(delegate.subject(), step.role(), today())
                    .map(PeopleDirectory.Mandate::id)
                    .orElseThrow(() -> new DelegationNotAllowed(delegate.name() + " (" + delegate.subject()
                            + ") does not hold the role " + step.role()
                            + (step.department() == null ? "" : " in department '" + step.department() + "'")
                            + " and no mandate names them for it; choose someone who does."));
        }
        Role actingAs = signatory.holds(step.role()) || !secretary ? step.role() : Role.MUNICIPAL_SECRETARY;
        String reason = command.reason() == null ? "" : command.reason().strip();
        apply(new StepDelegated(proposalId, routeId, step.stepId(), step.role(), signatory.as(actingAs),
                delegate.subject(), delegate.name(), reason, mandate));
    }

    @CommandHandler
    void handle(SkipStep command, DeadlinePolicy deadlines, DeadlineManager deadlineManager) {
        PlannedStep step = step(command.stepId());
        requireOpen();
        if (!command.signatory().holds(Role.MUNICIPAL_SECRETARY)) {
            throw new OnlyTheSecretarySkips(step.stepId(), command.signatory().roles());
        }
        String reason = required(command.reason(), "skip");
        requireDue(step);
        apply(new StepSkipped(proposalId, routeId, step.stepId(), step.role(),
                command.signatory().as(Role.MUNICIPAL_SECRETARY), reason));
        advance(stageOf(step), deadlines, deadlineManager);
    }

    /** Idempotent: a route superseded once stays superseded with its first reason. */
    @CommandHandler
    void handle(SupersedeRoute command) {
        if (phase == Phase.SUPERSEDED) {
            return;
        }
        if (phase == Phase.COMPLETED) {
            throw new RouteClosed(routeId, "completed");
        }
        apply(new RouteSuperseded(proposalId, routeId, version, command.reason()));
    }

    @DeadlineHandler(deadlineName = StepDeadlines.REMINDER)
    void on(StepDeadlines.Reminder deadline) {
        PlannedStep step = step(deadline.stepId());
        if (phase == Phase.OPEN && status.get(step.stepId()) == StepStatus.DUE && !reminded.contains(step.stepId())) {
            apply(new StepReminderSent(proposalId, routeId, step.stepId(), step.role(), deadline.dueAt()));
        }
    }

    @DeadlineHandler(deadlineName = StepDeadlines.ESCALATION)
    void on(StepDeadlines.Escalation deadline) {
        PlannedStep step = step(deadline.stepId());
        if (phase == Phase.OPEN && status.get(step.stepId()) == StepStatus.DUE && !escalated.contains(step.stepId())) {
            apply(new StepEscalated(proposalId, routeId, step.stepId(), step.role(), deadline.dueAt(),
                    deadline.escalateTo()));
        }
    }

    // --- rules shared by the outcomes

    /**
     * The step, checked to be one the signatory may sign now, on the version under review. A delegate
     * signs in the step's role too; the signature then names the delegator.
     */
    private PlannedStep dueStep(String stepId, Signatory signatory, ContentHash reviewedVersion) {
        PlannedStep step = step(stepId);
        requireOpen();
        authorize(step, signatory);
        requireDue(step);
        if (reviewedVersion != null && !reviewedVersion.equals(version)) {
            throw new NotTheVersionUnderReview(reviewedVersion, version);
        }
        return step;
    }

    private void requireOpen() {
        if (phase != Phase.OPEN) {
            throw new RouteClosed(routeId, switch (phase) {
                case COMPLETED -> "completed";
                case RETURNED -> "returned for revision";
                case SUPERSEDED -> "superseded";
                case OPEN -> "open";
            });
        }
    }

    /** Only the role the step asks for (of its department, when it names one), or its delegate, may sign it. */
    private void authorize(PlannedStep step, Signatory signatory) {
        if (delegatedTo(step, signatory) != null) {
            return;
        }
        if (!signatory.holds(step.role())) {
            throw new NotTheStepsRole(step.stepId(), step.role(), signatory.roles());
        }
        if (step.department() != null && signatory.department() != null
                && !step.department().equalsIgnoreCase(signatory.department())) {
            throw new NotTheStepsDepartment(step.stepId(), step.role(), step.department(), signatory.department());
        }
    }

    private void requireDue(PlannedStep step) {
        StepStatus current = status.get(step.stepId());
        switch (current) {
            case DUE -> {
            }
            case WAITING -> throw new StepNotYetDue(step.stepId(), stageOf(step).number(), dueStage());
            default -> throw new StepAlreadyDecided(step.stepId(), current.name().toLowerCase(Locale.ROOT));
        }
    }

    private Delegation delegatedTo(PlannedStep step, Signatory signatory) {
        Delegation delegation = delegations.get(step.stepId());
        return delegation != null && delegation.delegate().equals(signatory.subject()) ? delegation : null;
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
        nextStage(stage).ifPresentOrElse(next -> openStage(next, deadlines, deadlineManager),
                () -> apply(new RouteCompleted(proposalId, routeId, version)));
    }

    private static boolean isDone(StepStatus stepStatus) {
        return stepStatus == StepStatus.APPROVED || stepStatus == StepStatus.SKIPPED;
    }

    /** The stage's steps become due now; each gets its deadline, a reminder then and an escalation after the grace period. */
    private void openStage(PlannedStage stage, DeadlinePolicy deadlines, DeadlineManager deadlineManager) {
        Instant now = GenericEventMessage.clock.instant();
        apply(new StageOpened(routeId, proposalId, stage.number(), stage.steps().stream().map(PlannedStep::stepId).toList()));
        for (PlannedStep step : stage.steps()) {
            Instant dueAt = deadlines.dueAt(now, step.workingDays());
            apply(new StepDue(proposalId, routeId, step.stepId(), step.role(), step.department(), dueAt));
            deadlineManager.schedule(dueAt, StepDeadlines.REMINDER,
                    deadline(new StepDeadlines.Reminder(step.stepId(), dueAt)));
            deadlineManager.schedule(deadlines.escalateAt(dueAt), StepDeadlines.ESCALATION,
                    deadline(new StepDeadlines.Escalation(step.stepId(), dueAt, deadlines.escalateTo())));
        }
    }

    /**
     * A deadline acts for the service itself, in the flow of the request that made the step due:
     * the events it causes carry the system actor and the same correlation and causation.
     */
    private static Message<?> deadline(Object payload) {
        Map<String, Object> origin = new HashMap<>();
        Actor system = Actor.system(SERVICE);
        origin.put(MetadataKeys.ACTOR_SUBJECT, system.subject());
        origin.put(MetadataKeys.ACTOR_NAME, system.name());
        origin.put(MetadataKeys.ACTOR_ROLE, system.role().name());
        if (CurrentUnitOfWork.isStarted()) {
            MetaData current = CurrentUnitOfWork.get().getMessage().getMetaData();
            copy(current, origin, MetadataKeys.CORRELATION_ID);
            copy(current, origin, MetadataKeys.CAUSATION_ID);
        }
        return new GenericMessage<>(payload, origin);
    }

    private static void copy(MetaData from, Map<String, Object> to, String key) {
        Object value = from.get(key);
        if (value != null) {
            to.put(key, value);
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
        phase = Phase.OPEN;
        plan.stages().forEach(stage -> stage.steps().forEach(step -> status.put(step.stepId(), StepStatus.WAITING)));
    }

    @EventSourcingHandler
    void on(RoutePlanFixed event) {
        plan = event.plan();
    }

    @EventSourcingHandler
    void on(StageOpened event) {
        event.stepIds().forEach(stepId -> status.put(stepId, StepStatus.DUE));
    }

    @EventSourcingHandler
    void on(StepApproved event) {
        status.put(event.stepId(), StepStatus.APPROVED);
        if (event.remarks() != null && !event.remarks().isBlank()) {
            remarks.add(new Remark(event.stepId(), event.role(), event.signer().name(), event.remarks(), false));
        }
    }

    @EventSourcingHandler
    void on(StepRefused event) {
        status.put(event.stepId(), StepStatus.REFUSED);
    }

    @EventSourcingHandler
    void on(StepSkipped event) {
        status.put(event.stepId(), StepStatus.SKIPPED);
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
        phase = Phase.RETURNED;
    }

    @EventSourcingHandler
    void on(RouteCompleted event) {
        phase = Phase.COMPLETED;
    }

    @EventSourcingHandler
    void on(RouteSuperseded event) {
        phase = Phase.SUPERSEDED;
    }

    // --- the plan

    private PlannedStep step(String stepId) {
        return plan.stages().stream().flatMap(s -> s.steps().stream()).filter(s -> s.stepId().equals(stepId))
                .findFirst().orElseThrow(() -> new StepNotInRoute(stepId, stepIds()));
    }

    private List<String> stepIds() {
        return plan.stages().stream().flatMap(s -> s.steps().stream()).map(PlannedStep::stepId).toList();
    }

    private PlannedStage stageOf(PlannedStep step) {
        return plan.stages().stream().filter(s -> s.steps().contains(step)).findFirst().orElseThrow();
    }

    /** The first stage with a step not yet done. */
    private int dueStage() {
        return plan.stages().stream().filter(s -> s.steps().stream().anyMatch(step -> !isDone(status.get(step.stepId()))))
                .mapToInt(PlannedStage::number).findFirst().orElse(0);
    }

    private Optional<PlannedStage> nextStage(PlannedStage stage) {
        int index = plan.stages().indexOf(stage);
        return index + 1 < plan.stages().size() ? Optional.of(plan.stages().get(index + 1)) : Optional.empty();
    }
}
