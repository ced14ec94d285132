package nl.hamerslag.contracts.meeting;

import nl.hamerslag.contracts.DecidingBody;

import java.time.LocalDate;
import java.util.List;

/** Agenda gepubliceerd: the agenda of the meeting, in order, as it was made known. */
public record AgendaPublished(String meetingId, DecidingBody body, LocalDate date, List<AgendaEntry> items)
        implements MeetingEvent {

    public AgendaPublished {
        items = List.copyOf(items);
    }
}
