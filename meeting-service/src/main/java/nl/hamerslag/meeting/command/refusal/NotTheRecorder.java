package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.problem.RuleViolation;

/** The griffie records the council's and committees' meetings, the secretariat the college's. */
public class NotTheRecorder extends RuleViolation {
    public NotTheRecorder(String meetingId, DecidingBody body, Role recorder) {
        super(Kind.FORBIDDEN, "Meeting " + meetingId + " is a meeting of the " + body + "; what happens in it is recorded by the " + recorder + ".");
    }
}
