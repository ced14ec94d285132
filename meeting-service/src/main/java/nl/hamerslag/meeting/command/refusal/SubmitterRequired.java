package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** An amendment or motion has at least one submitter (indiener). */
public class SubmitterRequired extends RuleViolation {
    public SubmitterRequired(String what) {
        super(Kind.INVALID, "A " + what + " needs at least one submitter: name the memberId of a council member of this meeting in submitters.");
    }
}
