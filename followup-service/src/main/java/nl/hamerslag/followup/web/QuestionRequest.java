package nl.hamerslag.followup.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.hamerslag.contracts.followup.QuestionKind;

import java.time.LocalDate;

/** A council question as the griffie registers it. */
record QuestionRequest(
        @Schema(description = "TECHNICAL (technische vraag) of WRITTEN_POLITICAL (schriftelijke politieke vraag)")
        @NotNull QuestionKind kind,
        @Schema(description = "Wie de vraag stelde: een raadslid of een fractie (verplicht)") @Size(max = 200) String submitter,
        @Schema(description = "De vraag") @NotBlank @Size(max = 8000) String text,
        @Schema(description = "Datum van ontvangst door de griffie; de wettelijke termijn loopt vanaf hier")
        @NotNull LocalDate receivedOn,
        @Schema(description = "De portefeuillehouder die antwoordt, als die bekend is") @Size(max = 200) String portfolioHolder,
        @Schema(description = "De afdeling die het antwoord voorbereidt, als die bekend is") @Size(max = 200) String department) {
}
