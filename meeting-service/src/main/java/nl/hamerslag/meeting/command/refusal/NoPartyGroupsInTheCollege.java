package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** The college has no party groups: its members hold no seats. */
public class NoPartyGroupsInTheCollege extends RuleViolation {
    public NoPartyGroupsInTheCollege(String bodyId) {
        super(Kind.UNPROCESSABLE, "Body " + bodyId + " is a college, which has no party groups (fracties); form them in the council or a committee.");
    }
}
