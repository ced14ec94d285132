package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** An amendment or motion is voted, withdrawn or held once: only while it is SUBMITTED. */
public class InstrumentNotPending extends RuleViolation {
    public InstrumentNotPending(String what, String id, String state) {
        super(Kind.CONFLICT, what + " " + id + " is already " + state + "; only a SUBMITTED " + what + " can be voted, withdrawn or held. Submit a new one to take it up again.");
    }
}
