package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.platform.problem.RuleViolation;

/** A council proposal goes college → committee → council; no other body follows a decision. */
public class NotTheNextBody extends RuleViolation {
    public NotTheNextBody(DecidingBody asked, DecidingBody next) {
        super(Kind.UNPROCESSABLE, "nextBody: " + asked + " does not follow this decision; "
                + (next == null ? "this decision sends the proposal to no other body, leave nextBody out."
                : "it goes to the " + next + " next; send nextBody " + next + " or leave it out."));
    }
}
