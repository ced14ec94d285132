package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A body is bounded, so that the members of one meeting fit one event. */
public class BodyFull extends RuleViolation {
    public BodyFull(String bodyId, String what, int max) {
        super(Kind.UNPROCESSABLE, "Body " + bodyId + " has reached its maximum of " + max + " " + what + "; end a membership first.");
    }
}
