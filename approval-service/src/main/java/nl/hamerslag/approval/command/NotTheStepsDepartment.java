package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.problem.RuleViolation;

/** A step that names a department is signed by the role holder of that department. */
public class NotTheStepsDepartment extends RuleViolation {

    public NotTheStepsDepartment(String stepId, Role role, String department, String yours) {
        super(Kind.FORBIDDEN, "Step '" + stepId + "' is signed by the " + role + " of department '" + department
                + "'; your token names department '" + yours + "'. Ask them, or have the step delegated to you.");
    }
}
