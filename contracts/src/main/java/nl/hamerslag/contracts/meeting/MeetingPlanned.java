package nl.hamerslag.contracts.meeting;

import nl.hamerslag.contracts.DecidingBody;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Vergadering gepland: a meeting of a body on a date, at a place; {@code closedPart} tells whether
 * it has a closed (besloten) part besides its public one.
 */
public record MeetingPlanned(String meetingId, String bodyId, DecidingBody body, String bodyName, LocalDate date,
                             LocalTime startsAt, String place, boolean closedPart) implements MeetingEvent {
}
