package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.hamerslag.meeting.command.BodyLimits;

@Schema(description = "Een nieuwe fractie.")
record PartyGroupRequest(
        @Schema(description = "Naam van de fractie", example = "GroenLinks-PvdA")
        @NotBlank @Size(max = BodyLimits.PARTY_GROUP) String name) {
}
