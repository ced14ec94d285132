package nl.hamerslag.drafting.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** Eén pagina zoekresultaten. */
record ProposalSearchResult(
        @Schema(description = "De voorstellen op deze pagina, elk met 'actions'") List<ProposalResponse> items,
        @Schema(description = "Paginanummer, vanaf 0") int page,
        @Schema(description = "Paginagrootte") int size,
        @Schema(description = "Aantal gevonden voorstellen in totaal") long totalItems) {
}
