package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.hamerslag.meeting.command.MeetingLimits;

/** Annuleren of terugnemen: waarom. */
record ReasonRequest(
        @Schema(description = "Reden, ten hoogste " + MeetingLimits.REASON + " tekens", example = "Onvoldoende agendapunten")
        @NotBlank @Size(max = MeetingLimits.REASON, message = "at most {max} characters") String reason) {
}
