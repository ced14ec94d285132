package nl.hamerslag.approval.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Schema(description = "Akkoord, met of zonder opmerkingen. De hele body mag ontbreken.")
record ApproveRequest(
        @Schema(description = "Opmerkingen bij het akkoord (akkoord met opmerkingen); leeg voor een gewoon akkoord.")
        @Size(max = 4000) String remarks,
        @Schema(description = "Optioneel: de versie (SHA-256) die u heeft beoordeeld. Gaat de route over een andere "
                + "versie, dan wordt het akkoord geweigerd (409).")
        @Pattern(regexp = "[0-9a-f]{64}", message = "must be the 64 lower-case hex characters of a SHA-256") String version) {
}
