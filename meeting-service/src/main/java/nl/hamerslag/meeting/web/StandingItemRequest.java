package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.hamerslag.contracts.meeting.AgendaItemKind;
import nl.hamerslag.meeting.command.MeetingLimits;

/** Een vast agendapunt toevoegen. */
record StandingItemRequest(
        @Schema(description = "OPENING, ANNOUNCEMENTS (mededelingen), PREVIOUS_DECISION_LIST (vaststellen besluitenlijst), "
                + "INCOMING_DOCUMENTS (ingekomen stukken) of CLOSING (sluiting)") @NotNull AgendaItemKind kind,
        @Schema(description = "Titel; leeg voor de gebruikelijke titel; ten hoogste " + MeetingLimits.TITLE + " tekens")
        @Size(max = MeetingLimits.TITLE, message = "at most {max} characters") String title,
        @Schema(description = "Bij PREVIOUS_DECISION_LIST: de eerdere vergadering van hetzelfde gremium")
        @Size(max = MeetingLimits.ID, message = "at most {max} characters") String previousMeetingId,
        @Schema(description = "Reden, bij een wijziging na publicatie")
        @Size(max = MeetingLimits.REASON, message = "at most {max} characters") String reason) {
}
