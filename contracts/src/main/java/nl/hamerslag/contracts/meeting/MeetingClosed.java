package nl.hamerslag.contracts.meeting;

import nl.hamerslag.contracts.DecidingBody;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Vergadering gesloten: every item dealt with; the decision list (besluitenlijst) of the meeting is
 * drawn up, to be adopted in a later meeting.
 *
 * @param decisionListSha256 SHA-256 of the decision list's JSON form as drawn up
 */
public record MeetingClosed(String meetingId, DecidingBody body, LocalDate date, Instant closedAt, int decisions,
                            String decisionListSha256) implements MeetingEvent {
}
