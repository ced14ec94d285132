package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** An item moves to a place on the agenda as it stands: 1 up to the number of items. */
public class NoSuchPosition extends RuleViolation {
    public NoSuchPosition(int position, int items) {
        super(Kind.UNPROCESSABLE, "position: " + position + " is not a place on this agenda; use 1 to " + items + ".");
    }
}
