package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Without a vote only what a clear majority supports is adopted; otherwise it is voted. */
public class TooManyAgainstForAdoptionWithoutVote extends RuleViolation {
    public TooManyAgainstForAdoptionWithoutVote(int against, int taking) {
        super(Kind.UNPROCESSABLE, against + " of the " + taking + " members taking part want their vote against recorded; that is no majority FOR, so hold a vote (POST the votes per member).");
    }
}
