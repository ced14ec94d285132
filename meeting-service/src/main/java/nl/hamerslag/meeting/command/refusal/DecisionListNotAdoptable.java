package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A decision list is adopted once, by a later meeting of the same body, after its meeting closed. */
public class DecisionListNotAdoptable extends RuleViolation {
    public DecisionListNotAdoptable(String previousMeetingId, String why) {
        super(Kind.CONFLICT, "The decision list of meeting " + previousMeetingId + " cannot be adopted here: " + why
                + ". A decision list is adopted once, in a later meeting of the same body, after its meeting closed.");
    }
}
