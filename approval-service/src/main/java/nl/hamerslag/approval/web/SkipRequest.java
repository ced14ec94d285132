package nl.hamerslag.approval.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "Overslaan (alleen de gemeentesecretaris), met de reden; dit blijft zichtbaar in de route.")
record SkipRequest(
        @Schema(description = "Verplicht: waarom de stap wordt overgeslagen.", example = "Spoed: collegevergadering morgen.")
        @NotBlank(message = "a skip needs a reason") @Size(max = 4000) String reason) {
}
