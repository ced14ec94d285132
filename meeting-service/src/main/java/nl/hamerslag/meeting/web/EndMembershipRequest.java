package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import nl.hamerslag.meeting.command.BodyLimits;

@Schema(description = "Het einde van een lidmaatschap, met een optionele reden.")
record EndMembershipRequest(
        @Schema(description = "Optioneel: waarom", example = "Benoemd tot wethouder")
        @Size(max = BodyLimits.REASON) String reason) {
}
