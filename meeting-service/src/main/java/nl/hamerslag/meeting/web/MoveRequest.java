package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.hamerslag.meeting.command.MeetingLimits;

/** Een agendapunt verplaatsen. */
record MoveRequest(
        @Schema(description = "Nieuw agendapuntnummer, 1 is het eerste", example = "1")
        @NotNull @Min(1) @Max(MeetingLimits.ITEMS) Integer position,
        @Schema(description = "Reden, bij een wijziging na publicatie")
        @Size(max = MeetingLimits.REASON, message = "at most {max} characters") String reason) {
}
