package nl.hamerslag.meeting.query;

import java.util.List;
import java.util.Optional;

/** What was recorded on the floor of a meeting, in the order it happened. */
public interface FloorQueries {

    Optional<FloorMeeting> meeting(String meetingId);

    List<VoteView> votes(String meetingId);

    Optional<VoteView> vote(String meetingId, String voteId);

    List<InstrumentView> amendments(String meetingId);

    List<InstrumentView> motions(String meetingId);

    Optional<InstrumentView> amendment(String meetingId, String amendmentId);

    Optional<InstrumentView> motion(String meetingId, String motionId);

    List<CommitmentView> commitments(String meetingId);

    Optional<CommitmentView> commitment(String meetingId, String commitmentId);
}
