package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.meeting.query.pdf.PdfMeetingHeader;

import java.util.List;
import java.util.Optional;

/**
 * A meeting as the package knows it: its header and the agenda as it now stands.
 *
 * @param agenda null until the agenda is published
 */
public record PackageMeeting(PdfMeetingHeader header, List<AgendaEntry> agenda) {

    public String meetingId() {
        return header.meetingId();
    }

    public DecidingBody body() {
        return header.body();
    }

    public boolean agendaPublished() {
        return agenda != null;
    }

    /** The number the agenda gives an item, when it still names it. */
    public Optional<Integer> numberOf(String agendaItemId) {
        if (agenda == null || agendaItemId == null) {
            return Optional.empty();
        }
        return agenda.stream().filter(e -> agendaItemId.equals(e.agendaItemId())).map(AgendaEntry::number).findFirst();
    }

    /** Whether the agenda marks the item confidential (besloten). */
    public boolean isConfidentialItem(String agendaItemId) {
        return agenda != null && agenda.stream().anyMatch(e -> e.agendaItemId().equals(agendaItemId) && e.confidential());
    }
}
