package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** An agenda is published once; later changes are published one by one as AgendaChanged. */
public class AgendaAlreadyPublished extends RuleViolation {
    public AgendaAlreadyPublished(String meetingId) {
        super(Kind.CONFLICT, "The agenda of meeting " + meetingId + " is already published; every later change is "
                + "published as it is made, there is nothing to publish again.");
    }
}
