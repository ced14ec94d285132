package nl.hamerslag.approval.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A step is delegated only to a known person who holds its role, or whom a mandate names for it. */
public class DelegationNotAllowed extends RuleViolation {

    public DelegationNotAllowed(String message) {
        super(Kind.UNPROCESSABLE, message);
    }
}
