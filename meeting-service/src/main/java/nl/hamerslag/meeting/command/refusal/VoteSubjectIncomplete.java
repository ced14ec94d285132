package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.contracts.meeting.VoteSubject;
import nl.hamerslag.platform.problem.RuleViolation;

/** A vote says what it is about: a proposal by its agenda item and proposal, an amendment or motion by its id. */
public class VoteSubjectIncomplete extends RuleViolation {
    public VoteSubjectIncomplete(VoteSubject subject, String missing) {
        super(Kind.INVALID, "A vote on a " + subject + " names its " + missing + ".");
    }
}
