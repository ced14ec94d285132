package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.approval.RouteCompleted;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.contracts.approval.RouteOpened.Stage;
import nl.hamerslag.contracts.approval.RouteOpened.Step;
import nl.hamerslag.contracts.approval.StepApproved;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Accorderingsroute: the sign-off route of one submitted version of a proposal. Its stages are due
 * one after another; the steps within a stage may sign in parallel. When every step approved, the
 * route is complete and the proposal is ready for a decision.
 */
@Aggregate
public class ApprovalRoute {

    @AggregateIdentifier
    private String routeId;
    private ProposalId proposalId;
    private ContentHash version;
    private List<Stage> stages;
    private final Set<String> approved = new HashSet<>();
    /** The number of the stage whose steps are due; 0 once the route is complete. */
    private int dueStage;

    protected ApprovalRoute() {
        // for Axon: created empty, then sourced from its events
    }

    /**
     * Creates the route, or does nothing when this version already has its route: the id follows
     * from proposal and version, so a submission delivered again has no second effect.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenRoute command, RoutePolicy policy) {
        if (routeId != null) {
            return;
        }
        List<Stage> routeStages = policy.stagesFor(command.submission());
        if (routeStages.isEmpty()) {
            throw new IllegalStateException("the route policy gave no stages for " + command.submission());
        }
        apply(new RouteOpened(command.proposalId(), command.routeId(), command.version(), routeStages));
        openStage(routeStages.get(0));
    }

    @CommandHandler
    void handle(ApproveStep command) {
        Step step = step(command.stepId())
                .orElseThrow(() -> new StepNotInRoute(command.stepId(), stepIds()));
        if (!command.signatory().holds(step.role())) {
            throw new NotTheStepsRole(step.stepId(), step.role(), command.signatory().roles());
        }
        if (approved.contains(step.stepId())) {
            throw new StepAlreadyApproved(step.stepId());
        }
        Stage stage = stageOf(step);
        if (stage.number() != dueStage) {
            throw new StepNotYetDue(step.stepId(), stage.number(), dueStage);
        }
        if (command.reviewedVersion() != null && !command.reviewedVersion().equals(version)) {
            throw new NotTheVersionUnderReview(command.reviewedVersion(), version);
        }
        String remarks = command.remarks() == null ? "" : command.remarks().strip();
        apply(new StepApproved(proposalId, routeId, step.stepId(), step.role(), version,
                command.signatory().as(step.role()), remarks, null));
        if (isApproved(stage)) {
            nextStage(stage).ifPresentOrElse(this::openStage,
                    () -> apply(new RouteCompleted(proposalId, routeId, version)));
        }
    }

    private void openStage(Stage stage) {
        apply(new StageOpened(routeId, proposalId, stage.number(), stage.steps().stream().map(Step::stepId).toList()));
    }

    @EventSourcingHandler
    void on(RouteOpened event) {
        routeId = event.routeId();
        proposalId = event.proposalId();
        version = event.version();
        stages = List.copyOf(event.stages());
    }

    @EventSourcingHandler
    void on(StageOpened event) {
        dueStage = event.stage();
    }

    @EventSourcingHandler
    void on(StepApproved event) {
        approved.add(event.stepId());
    }

    @EventSourcingHandler
    void on(RouteCompleted event) {
        dueStage = 0;
    }

    private Optional<Step> step(String stepId) {
        return stages.stream().flatMap(s -> s.steps().stream()).filter(s -> s.stepId().equals(stepId)).findFirst();
    }

    private List<String> stepIds() {
        return stages.stream().flatMap(s -> s.steps().stream()).map(Step::stepId).toList();
    }

    private Stage stageOf(Step step) {
        return stages.stream().filter(s -> s.steps().contains(step)).findFirst().orElseThrow();
    }

    private boolean isApproved(Stage stage) {
        return stage.steps().stream().allMatch(s -> approved.contains(s.stepId()));
    }

    private Optional<Stage> nextStage(Stage stage) {
        int index = stages.indexOf(stage);
        return index + 1 < stages.size() ? Optional.of(stages.get(index + 1)) : Optional.empty();
    }
}
