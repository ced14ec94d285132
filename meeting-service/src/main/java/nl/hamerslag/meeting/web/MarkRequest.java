package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.meeting.command.MeetingLimits;

/** Een agendapunt markeren; een leeg veld blijft zoals het is. */
record MarkRequest(
        @Schema(description = "HAMMER_ITEM (hamerstuk) of DEBATE_ITEM (bespreekstuk); alleen bij een voorstel") AgendaItemType itemType,
        @Schema(description = "Behandelen in het besloten deel") Boolean confidential,
        @Schema(description = "Reden, bij een wijziging na publicatie")
        @Size(max = MeetingLimits.REASON, message = "at most {max} characters") String reason) {
}
