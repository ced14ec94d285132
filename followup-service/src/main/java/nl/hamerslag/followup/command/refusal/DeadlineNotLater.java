package nl.hamerslag.followup.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** An extension moves the deadline later, never earlier or to the same day. */
public class DeadlineNotLater extends RuleViolation {
    public DeadlineNotLater(Object current, Object requested) {
        super(Kind.INVALID, "deadline: the new deadline " + requested + " must be after the current one, " + current + ".");
    }
}
