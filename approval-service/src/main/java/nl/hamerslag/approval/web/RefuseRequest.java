package nl.hamerslag.approval.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Schema(description = "Niet akkoord, met de reden: wat de steller moet aanpassen.")
record RefuseRequest(
        @Schema(description = "Verplicht: waarom niet akkoord.", example = "De dekking in paragraaf 4 ontbreekt.")
        @NotBlank(message = "a refusal needs a reason: say what the author must change") @Size(max = 4000) String reason,
        @Schema(description = "Optioneel: de versie (SHA-256) die u heeft beoordeeld; een andere versie geeft 409.")
        @Pattern(regexp = "[0-9a-f]{64}", message = "must be the 64 lower-case hex characters of a SHA-256") String version) {
}
