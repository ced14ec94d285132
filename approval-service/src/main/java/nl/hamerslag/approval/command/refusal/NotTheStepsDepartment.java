package nl.hamerslag.approval.command.refusal;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.problem.RuleViolation;

/**
 * A step that names a department (the manager step: the proposal's own) is signed by the role holder of
 * that department. A token that names no department is of none: the check fails closed.
 */
public class NotTheStepsDepartment extends RuleViolation {

    public NotTheStepsDepartment(String stepId, Role role, String department, String yours) {
        super(Kind.FORBIDDEN, "Step '" + stepId + "' is signed by the " + role + " of department '" + department
                + "'; " + (yours == null ? "your token names no department" : "your token names department '" + yours + "'")
                + ". Ask them, or have the step delegated to you.");
    }
}
