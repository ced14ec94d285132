package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

import java.util.List;

/** A meeting closes when every proposal on its agenda has a decision (postponed is a decision). */
public class ItemsUndecided extends RuleViolation {
    public ItemsUndecided(String meetingId, List<Integer> numbers) {
        super(Kind.CONFLICT, "Meeting " + meetingId + " still has undecided proposals (agenda numbers " + numbers
                + "); decide each, POSTPONED for the ones not dealt with, then close.");
    }
}
