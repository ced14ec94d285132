package nl.hamerslag.contracts.meeting;

import java.time.LocalDate;

/**
 * Besluitenlijst vastgesteld: the decision list of {@code meetingId} was adopted in meeting
 * {@code adoptedInMeetingId}.
 */
public record DecisionListAdopted(String meetingId, String adoptedInMeetingId, LocalDate adoptedOn)
        implements MeetingEvent {
}
