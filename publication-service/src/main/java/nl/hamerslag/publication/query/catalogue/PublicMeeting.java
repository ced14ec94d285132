package nl.hamerslag.publication.query.catalogue;

import java.time.LocalDate;
import java.util.List;

/** A meeting with its public publications: agenda, meeting package, decision list and decisions, newest first. */
public record PublicMeeting(String meetingId, LocalDate meetingDate, String body, String bodyName,
                            List<PublicPublication> publications) {
}
