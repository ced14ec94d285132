package nl.hamerslag.meeting.command;

/** The decision list as drawn up at closing; MeetingClosed carries the SHA-256 of its JSON form. */
public record DecisionListDrawnUp(String meetingId, DecisionList decisionList) {
}
