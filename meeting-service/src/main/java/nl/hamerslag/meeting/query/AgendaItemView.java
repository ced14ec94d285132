package nl.hamerslag.meeting.query;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.meeting.AgendaItemKind;
import nl.hamerslag.contracts.meeting.AgendaItemType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "Een agendapunt")
public record AgendaItemView(
        @Schema(description = "Id van het agendapunt") String id,
        @Schema(description = "Agendapuntnummer; leeg voor een teruggenomen punt") Integer number,
        @Schema(description = "Soort: OPENING, ANNOUNCEMENTS, PREVIOUS_DECISION_LIST, INCOMING_DOCUMENTS, PROPOSAL, CLOSING") AgendaItemKind kind,
        @Schema(description = "Titel") String title,
        @Schema(description = "Het voorstel, bij een voorstel") UUID proposalId,
        @Schema(description = "Hamerstuk (HAMMER_ITEM) of bespreekstuk (DEBATE_ITEM), bij een voorstel") AgendaItemType itemType,
        @Schema(description = "Behandeling in besloten deel (indicatieBesloten)") boolean confidential,
        @Schema(description = "Vertrouwelijkheid van het voorstel (ZGW)", type = "string") Confidentiality confidentiality,
        @Schema(description = "Goedgekeurde versie (SHA-256) van het voorstel") String version,
        @Schema(description = "Documenten van de goedgekeurde versie, hoofddocument eerst") List<Manifest.Entry> documents,
        @Schema(description = "Bij vaststellen besluitenlijst: de vergadering waarvan de besluitenlijst wordt vastgesteld") String previousMeetingId,
        @Schema(description = "ON_AGENDA, DECIDED of WITHDRAWN (teruggenomen)") String status,
        @Schema(description = "Reden van terugnemen") String withdrawnReason,
        @Schema(description = "Wanneer toegevoegd") Instant addedAt) {
}
