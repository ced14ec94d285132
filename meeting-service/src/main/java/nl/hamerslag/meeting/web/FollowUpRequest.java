package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.hamerslag.contracts.meeting.FollowUpAction;
import nl.hamerslag.meeting.command.MeetingLimits;

import java.time.LocalDate;

/** Een vervolgactie die het besluit vraagt. */
record FollowUpRequest(
        @Schema(description = "Wat er moet gebeuren") @NotBlank
        @Size(max = MeetingLimits.FOLLOW_UP_DESCRIPTION, message = "at most {max} characters") String description,
        @Schema(description = "Portefeuillehouder") @Size(max = MeetingLimits.NAME, message = "at most {max} characters")
        String portfolioHolder,
        @Schema(description = "Afdeling") @Size(max = MeetingLimits.NAME, message = "at most {max} characters") String department,
        @Schema(description = "Termijn") LocalDate deadline) {

    FollowUpAction action() {
        return new FollowUpAction(description, portfolioHolder, department, deadline);
    }
}
