package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** An agenda is bounded (items and documents) so that the published agenda fits one Kafka record. */
public class AgendaFull extends RuleViolation {
    public AgendaFull(String meetingId, String what, int max) {
        super(Kind.CONFLICT, "The agenda of meeting " + meetingId + " would hold more than " + max + " " + what
                + "; put the item on the agenda of another meeting.");
    }
}
