package nl.hamerslag.followup.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A later deadline and why. */
record ExtensionRequest(@Schema(description = "De nieuwe uiterste datum, later dan de huidige") @NotNull LocalDate deadline,
                        @Schema(description = "Waarom de termijn wordt verlengd (verplicht)") @Size(max = 8000) String reason) {
}
