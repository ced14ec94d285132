package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.meeting.command.MeetingLimits;

import java.util.UUID;

/** Een voorstel van de lijst agendeerbare voorstellen op de agenda zetten. */
record ScheduleRequest(
        @Schema(description = "Id van het voorstel (GET /api/meetings/ready)") @NotNull UUID proposalId,
        @Schema(description = "HAMMER_ITEM (hamerstuk) of DEBATE_ITEM (bespreekstuk, standaard)") AgendaItemType itemType,
        @Schema(description = "Reden, bij een wijziging na publicatie; ten hoogste " + MeetingLimits.REASON + " tekens")
        @Size(max = MeetingLimits.REASON, message = "at most {max} characters") String reason) {
}
