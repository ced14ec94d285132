package nl.hamerslag.publication.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** Publicatie weigeren. */
record RefusalRequest(
        @Schema(description = "Weigeringsgrond uit de Woo, art. 5.1 of 5.2, als code", example = "5.1.2e") String ground,
        @Schema(description = "Toelichting") String explanation) {
}
