package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.hamerslag.meeting.command.MeetingLimits;

import java.time.LocalDate;
import java.time.LocalTime;

/** Een vergadering plannen. */
record PlanMeetingRequest(
        @Schema(description = "Id van het gremium (college, een commissie, de raad)", example = "raad")
        @NotBlank @Size(max = MeetingLimits.ID, message = "at most {max} characters") String bodyId,
        @Schema(description = "Datum van de vergadering", example = "2026-03-10") @NotNull LocalDate date,
        @Schema(description = "Aanvangstijd", example = "19:30", type = "string") LocalTime startsAt,
        @Schema(description = "Plaats, ten hoogste " + MeetingLimits.PLACE + " tekens", example = "Raadzaal")
        @Size(max = MeetingLimits.PLACE, message = "at most {max} characters") String place,
        @Schema(description = "Heeft een besloten deel") Boolean closedPart) {
}
