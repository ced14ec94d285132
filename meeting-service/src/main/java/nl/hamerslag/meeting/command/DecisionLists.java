package nl.hamerslag.meeting.command;

import java.util.Optional;

/** What a later meeting needs to know of an earlier meeting's decision list to adopt it. */
public interface DecisionLists {

    Optional<DecisionListState> of(String meetingId);

    /**
     * @param adoptedInMeetingId the meeting that adopted it, or null
     */
    record DecisionListState(String meetingId, String bodyId, MeetingState state, String adoptedInMeetingId) {
    }
}
