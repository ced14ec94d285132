package nl.hamerslag.publication.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** Corrigeren. */
record CorrectionRequest(
        @Schema(description = "De nieuwe titel") String title,
        @Schema(description = "De nieuwe tekst") String text,
        @Schema(description = "Waarom gecorrigeerd wordt") String reason) {
}
