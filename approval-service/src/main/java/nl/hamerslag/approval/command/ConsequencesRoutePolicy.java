package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.approval.RouteOpened.Stage;
import nl.hamerslag.contracts.approval.RouteOpened.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The standard route: the manager first; then the financial controller when the proposal has
 * financial consequences and the legal controller when it has legal consequences, in parallel;
 * the municipal secretary last.
 */
public class ConsequencesRoutePolicy implements RoutePolicy {

    @Override
    public List<Stage> stagesFor(Submission submission) {
        List<List<Role>> stages = new ArrayList<>();
        stages.add(List.of(Role.MANAGER));
        List<Role> controllers = new ArrayList<>();
        if (submission.financialConsequences()) {
            controllers.add(Role.FINANCIAL_CONTROLLER);
        }
        if (submission.legalConsequences()) {
            controllers.add(Role.LEGAL_CONTROLLER);
        }
        if (!controllers.isEmpty()) {
            stages.add(controllers);
        }
        stages.add(List.of(Role.MUNICIPAL_SECRETARY));
        return numbered(stages);
    }

    private static List<Stage> numbered(List<List<Role>> stages) {
        List<Stage> numbered = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            numbered.add(new Stage(i + 1, stages.get(i).stream().map(ConsequencesRoutePolicy::step).toList()));
        }
        return numbered;
    }

    /** One step per role in this policy, so the role names the step: MUNICIPAL_SECRETARY signs "municipal-secretary". */
    private static Step step(Role role) {
        return new Step(role.name().toLowerCase(Locale.ROOT).replace('_', '-'), role);
    }
}
