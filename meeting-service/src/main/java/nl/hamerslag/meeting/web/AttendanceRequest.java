package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.hamerslag.meeting.command.MeetingLimits;
import nl.hamerslag.meeting.command.Presence;

import java.time.Instant;

/** Aanwezigheid van één lid vastleggen. */
record AttendanceRequest(
        @Schema(description = "Id van het lid (zie de leden van de vergadering)", example = "raadslid-1")
        @NotBlank @Size(max = MeetingLimits.ID, message = "at most {max} characters") String memberId,
        @Schema(description = "PRESENT (aanwezig), ABSENT (afwezig) of EXCUSED (afgemeld)") @NotNull Presence presence,
        @Schema(description = "Tijdstip van aankomst of vertrek; leeg is nu") Instant at) {
}
