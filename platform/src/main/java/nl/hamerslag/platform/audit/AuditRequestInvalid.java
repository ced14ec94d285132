package nl.hamerslag.platform.audit;

import nl.hamerslag.platform.problem.RuleViolation;

/** A tree size, leaf or period the log cannot answer for; the message says what is possible. */
public class AuditRequestInvalid extends RuleViolation {

    public AuditRequestInvalid(String message) {
        super(Kind.INVALID, message);
    }
}
