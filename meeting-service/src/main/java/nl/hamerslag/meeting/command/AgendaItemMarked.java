package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.meeting.AgendaItemType;

/** An item's hamerstuk/bespreekstuk marking or its confidentiality (besloten) changed. */
public record AgendaItemMarked(String meetingId, String agendaItemId, AgendaItemType itemType, boolean confidential,
                               String reason) {
}
