package nl.hamerslag.meeting.command;

import nl.hamerslag.meeting.command.DecisionLists.DecisionListState;
import nl.hamerslag.meeting.command.refusal.DecisionListNotAdoptable;
import nl.hamerslag.meeting.command.refusal.PreviousMeetingUnknown;

/**
 * Vaststellen besluitenlijst: a meeting adopts the decision list of an earlier meeting of its own
 * body, once, after that meeting closed; the agenda item that does so names that meeting.
 */
final class DecisionListAdoption {

    private DecisionListAdoption() {
    }

    /** The earlier meeting an adopting item may name: another meeting of the same body. */
    static String earlierMeeting(String meetingId, String bodyId, String previousMeetingId, DecisionLists lists) {
        if (previousMeetingId == null || previousMeetingId.isBlank()) {
            throw new PreviousMeetingUnknown(null, "");
        }
        if (previousMeetingId.equals(meetingId)) {
            throw new PreviousMeetingUnknown(previousMeetingId, "is this meeting");
        }
        DecisionListState previous = lists.of(previousMeetingId)
                .orElseThrow(() -> new PreviousMeetingUnknown(previousMeetingId, "is no meeting"));
        if (!bodyId.equals(previous.bodyId())) {
            throw new PreviousMeetingUnknown(previousMeetingId, "is a meeting of another body");
        }
        return previousMeetingId;
    }

    static void requireAdoptable(String bodyId, String previousMeetingId, DecisionLists lists) {
        DecisionListState list = lists.of(previousMeetingId)
                .orElseThrow(() -> new DecisionListNotAdoptable(previousMeetingId, "there is no such meeting"));
        if (!bodyId.equals(list.bodyId())) {
            throw new DecisionListNotAdoptable(previousMeetingId, "it is a meeting of another body");
        }
        if (list.state() != MeetingState.CLOSED) {
            throw new DecisionListNotAdoptable(previousMeetingId, "that meeting is " + list.state()
                    + "; its decision list is drawn up when it closes");
        }
        if (list.adoptedInMeetingId() != null) {
            throw new DecisionListNotAdoptable(previousMeetingId, "it was adopted in meeting " + list.adoptedInMeetingId());
        }
    }
}
