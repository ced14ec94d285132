package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.meeting.command.BodyLimits;

import java.util.List;

@Schema(description = "Een nieuw gremium, eventueel meteen met zijn fracties en leden.")
record EstablishBodyRequest(
        @Schema(description = "Het id: kleine letters, cijfers en streepjes.", example = "commissie-bestuur")
        @NotBlank @Size(max = BodyLimits.ID) @Pattern(regexp = BodyLimits.ID_PATTERN,
                message = "lower-case letters, digits and single dashes, e.g. commissie-ruimte") String bodyId,
        @Schema(description = "Soort: COLLEGE, COMMITTEE (raadscommissie) of COUNCIL (gemeenteraad)")
        @NotNull DecidingBody kind,
        @Schema(description = "Naam", example = "Commissie Ruimte")
        @NotBlank @Size(max = BodyLimits.NAME) String name,
        @Schema(description = "Optioneel: de fracties (alleen in raad en commissie)")
        @Size(max = BodyLimits.PARTY_GROUPS) List<@NotBlank @Size(max = BodyLimits.PARTY_GROUP) String> partyGroups,
        @Schema(description = "Optioneel: de leden")
        @Size(max = BodyLimits.MEMBERS) List<@Valid @NotNull MemberRequest> members) {
}
