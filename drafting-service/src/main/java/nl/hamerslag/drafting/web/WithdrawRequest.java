package nl.hamerslag.drafting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Terugtrekken: waarom. */
record WithdrawRequest(
        @Schema(description = "Reden van terugtrekken", example = "Wordt meegenomen in de integrale visie")
        @NotBlank @Size(max = 2000) String reason) {
}
