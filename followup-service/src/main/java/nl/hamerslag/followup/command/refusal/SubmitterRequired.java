package nl.hamerslag.followup.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A council question is asked by someone: a council member or a party group. */
public class SubmitterRequired extends RuleViolation {
    public SubmitterRequired() {
        super(Kind.INVALID, "submitter: a council question needs its submitter (a council member or a party group).");
    }
}
