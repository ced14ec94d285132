package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.approval.RouteOpened;

import java.util.List;
import java.util.Optional;

/**
 * The route as it is fixed (snapshotted) when it opens: which rule made it, and per stage the steps
 * with role, optional department and deadline. A later change of the rules does not touch it.
 *
 * @param rule the name of the rule that matched the submission
 */
public record RoutePlan(String rule, List<PlannedStage> stages) {

    public RoutePlan {
        stages = List.copyOf(stages);
    }

    /** One stage: its steps become due together and may sign in parallel. */
    public record PlannedStage(int number, List<PlannedStep> steps) {

        public PlannedStage {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One step.
     *
     * @param department  the department whose role holder signs, or null for any holder of the role
     * @param workingDays the step's term in working days, or null for the configured default
     */
    public record PlannedStep(String stepId, Role role, String department, Integer workingDays) {
    }

    /** The published form of the stages (step id, role, department), as {@link RouteOpened} carries them. */
    public List<RouteOpened.Stage> published() {
        return stages.stream().map(stage -> new RouteOpened.Stage(stage.number(), stage.steps().stream()
                .map(step -> new RouteOpened.Step(step.stepId(), step.role(), step.department())).toList())).toList();
    }

    /** A plan from the published form only: default terms (routes opened before plans were kept). */
    public static RoutePlan of(List<RouteOpened.Stage> published) {
        return new RoutePlan(null, published.stream().map(stage -> new PlannedStage(stage.number(),
                stage.steps().stream().map(step -> new PlannedStep(step.stepId(), step.role(), step.department(), null))
                        .toList()))
                .toList());
    }

    public Optional<PlannedStep> step(String stepId) {
        return stages.stream().flatMap(s -> s.steps().stream()).filter(s -> s.stepId().equals(stepId)).findFirst();
    }

    public List<String> stepIds() {
        return stages.stream().flatMap(s -> s.steps().stream()).map(PlannedStep::stepId).toList();
    }

    public PlannedStage stageOf(PlannedStep step) {
        return stages.stream().filter(s -> s.steps().contains(step)).findFirst().orElseThrow();
    }

    /** The stage after {@code stage}, if there is one. */
    public Optional<PlannedStage> after(PlannedStage stage) {
        int index = stages.indexOf(stage);
        return index + 1 < stages.size() ? Optional.of(stages.get(index + 1)) : Optional.empty();
    }
}
