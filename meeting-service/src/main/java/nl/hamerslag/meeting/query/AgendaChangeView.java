package nl.hamerslag.meeting.query;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.contracts.meeting.AgendaChange;

import java.time.Instant;

@Schema(description = "Een wijziging van de agenda na publicatie")
public record AgendaChangeView(
        @Schema(description = "ADDED (toegevoegd), MOVED (verplaatst), WITHDRAWN (teruggenomen) of MARKED (anders gemarkeerd)") AgendaChange change,
        @Schema(description = "Het agendapunt") String agendaItemId,
        @Schema(description = "Reden") String reason,
        @Schema(description = "Tijdstip") Instant at) {
}
