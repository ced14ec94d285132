package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A party group's name is unique in its body. */
public class PartyGroupExists extends RuleViolation {
    public PartyGroupExists(String bodyId, String name) {
        super(Kind.CONFLICT, "Body " + bodyId + " already has a party group '" + name + "'; appoint its members with that name.");
    }
}
