package nl.hamerslag.approval.command.refusal;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.problem.RuleViolation;

import java.util.Set;

/** Only the role a step asks for can take it: a manager cannot sign as legal controller. */
public class NotTheStepsRole extends RuleViolation {

    public NotTheStepsRole(String stepId, Role required, Set<Role> held) {
        super(Kind.FORBIDDEN, "Step '" + stepId + "' is signed by the role " + required
                + "; your token holds " + held.stream().sorted().toList() + ".");
    }
}
