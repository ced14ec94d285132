package nl.hamerslag.approval.command;

import nl.hamerslag.approval.command.RoutePlan.PlannedStage;
import nl.hamerslag.approval.command.RoutePlan.PlannedStep;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Accorderingsregels: the route rules from configuration. The first rule whose condition matches the
 * submission (proposal type, deciding body) builds the route; a step with a condition (financial or
 * legal consequences) is left out when the submission does not meet it, and a stage left without
 * steps is dropped.
 */
public record RouteRules(List<Rule> rules) implements RoutePolicy {

    public RouteRules {
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("there must be at least one route rule");
        }
    }

    @Override
    public RoutePlan planFor(Submission submission) {
        Rule rule = rules.stream().filter(r -> r.matches(submission)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no route rule matches " + submission
                        + "; the rules are validated at start-up to cover every type and body"));
        List<PlannedStage> stages = new ArrayList<>();
        for (List<StepRule> stage : rule.stages()) {
            List<PlannedStep> steps = stage.stream().filter(step -> step.appliesTo(submission))
                    .map(step -> step.plan(submission)).toList();
            if (!steps.isEmpty()) {
                stages.add(new PlannedStage(stages.size() + 1, steps));
            }
        }
        return new RoutePlan(rule.name(), stages);
    }

    /**
     * One rule: when it applies, and its stages in order.
     *
     * @param types  the proposal types it applies to; empty for every type
     * @param bodies the deciding bodies it applies to; empty for every body
     */
    public record Rule(String name, Set<ProposalType> types, Set<DecidingBody> bodies, List<List<StepRule>> stages) {

        public Rule {
            types = Set.copyOf(types);
            bodies = Set.copyOf(bodies);
            stages = stages.stream().map(List::copyOf).toList();
        }

        public boolean matches(Submission submission) {
            return (types.isEmpty() || types.contains(submission.type()))
                    && (bodies.isEmpty() || bodies.contains(submission.decidingBody()));
        }

        public boolean matches(ProposalType type, DecidingBody body) {
            return (types.isEmpty() || types.contains(type)) && (bodies.isEmpty() || bodies.contains(body));
        }
    }

    /**
     * One step of a rule.
     *
     * @param department    a fixed department whose role holder signs, or null
     * @param ownDepartment the role holder of the proposal's own department signs; always so for a manager
     *                      step without a fixed department
     * @param onlyIf        the consequence the submission must have for this step, or null for always
     * @param workingDays   the step's term in working days, or null for the configured default
     */
    public record StepRule(String id, Role role, String department, boolean ownDepartment, Consequence onlyIf,
                           Integer workingDays) {

        boolean appliesTo(Submission submission) {
            return onlyIf == null || onlyIf.test(submission);
        }

        /** A manager step that names no department is signed in the proposal's own department. */
        PlannedStep plan(Submission submission) {
            boolean own = ownDepartment || (role == Role.MANAGER && department == null);
            return new PlannedStep(id, role, own ? submission.department() : department, workingDays);
        }
    }

    /** The flags of a submission a step can depend on. */
    public enum Consequence implements Predicate<Submission> {
        /** financiële gevolgen. */
        FINANCIAL("financial-consequences") {
            @Override
            public boolean test(Submission submission) {
                return submission.financialConsequences();
            }
        },
        /** juridische gevolgen. */
        LEGAL("legal-consequences") {
            @Override
            public boolean test(Submission submission) {
                return submission.legalConsequences();
            }
        };

        private final String key;

        Consequence(String key) {
            this.key = key;
        }

        /** The name used in the rule file. */
        public String key() {
            return key;
        }
    }
}
