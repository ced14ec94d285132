package nl.hamerslag.followup.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Council questions are registered by the griffie. */
public class NotTheClerk extends RuleViolation {
    public NotTheClerk() {
        super(Kind.FORBIDDEN, "Only the griffie (CLERK) registers council questions.");
    }
}
