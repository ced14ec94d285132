package nl.hamerslag.approval.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "Delegeren: de stap overdragen aan een collega met dezelfde rol, of aan iemand met mandaat.")
record DelegateRequest(
        @Schema(description = "Verplicht: de gebruikers-id van de gedelegeerde, zoals in het smoelenboek.",
                example = "lotte.leidinggevende")
        @NotBlank(message = "name the user id of the person who should sign") @Size(max = 255) String delegateTo,
        @Schema(description = "Waarom, bijv. afwezigheid.", example = "Met verlof tot en met vrijdag.")
        @Size(max = 4000) String reason) {
}
