package nl.hamerslag.contracts.meeting;

import nl.hamerslag.contracts.DecidingBody;

import java.util.List;

/**
 * Agenda gewijzigd: a change to an agenda after it was published (an item added, moved, withdrawn
 * or re-marked), with the whole agenda as it now stands, so that a reader never has to merge.
 */
public record AgendaChanged(String meetingId, DecidingBody body, AgendaChange change, String agendaItemId,
                            String reason, List<AgendaEntry> items) implements MeetingEvent {

    public AgendaChanged {
        items = List.copyOf(items);
    }
}
