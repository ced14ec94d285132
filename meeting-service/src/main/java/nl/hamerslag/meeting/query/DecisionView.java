package nl.hamerslag.meeting.query;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.contracts.meeting.FollowUpAction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "Een besluit over een agendapunt")
public record DecisionView(
        @Schema(description = "Id van het besluit") String decisionId,
        @Schema(description = "Het agendapunt") String agendaItemId,
        @Schema(description = "Het voorstel") UUID proposalId,
        @Schema(description = "Titel") String title,
        @Schema(description = "Uitkomst: AS_PROPOSED (conform), AMENDED (gewijzigd), POSTPONED (aangehouden), REJECTED (verworpen), WITHDRAWN (teruggetrokken)") DecisionOutcome outcome,
        @Schema(description = "Besluittekst") String decisionText,
        @Schema(description = "Gewijzigde tekst, bij AMENDED") String amendedText,
        @Schema(description = "Het volgende gremium (commissie, dan raad), bij een raadsvoorstel") DecidingBody nextBody,
        @Schema(description = "Versie (SHA-256) van het voorstel waarover besloten is") String version,
        @Schema(description = "Vertrouwelijkheid (ZGW)", type = "string") Confidentiality confidentiality,
        @Schema(description = "SHA-256 van de documenten waarover besloten is") List<String> documentHashes,
        @Schema(description = "Vervolgacties") List<FollowUpAction> followUpActions,
        @Schema(description = "Tijdstip van het besluit") Instant decidedAt) {
}
