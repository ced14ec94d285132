package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

import java.util.List;

/** Every present member votes: there is no abstention (Gemeentewet art. 32); only a member personally concerned does not take part (art. 28). */
public class BallotMissing extends RuleViolation {
    public BallotMissing(String meetingId, List<String> memberIds) {
        super(Kind.UNPROCESSABLE, "In meeting " + meetingId + " members " + memberIds + " are present but have no vote; record FOR or AGAINST for each, or list them in notParticipating when they are personally concerned (Gemeentewet art. 28).");
    }
}
