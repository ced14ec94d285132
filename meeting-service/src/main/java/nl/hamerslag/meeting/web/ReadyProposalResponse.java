package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.meeting.query.ReadyList;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "Een goedgekeurd voorstel dat wacht op agendering bij een gremium")
record ReadyProposalResponse(
        @Schema(description = "Id van het voorstel") UUID proposalId,
        @Schema(description = "Soort voorstel") String type,
        @Schema(description = "Titel") String title,
        @Schema(description = "Afdeling") String department,
        @Schema(description = "Portefeuillehouder") String portfolioHolder,
        @Schema(description = "Vertrouwelijkheid (ZGW)", type = "string") Confidentiality confidentiality,
        @Schema(description = "Het gremium dat uiteindelijk besluit") DecidingBody decidingBody,
        @Schema(description = "Het gremium waarvoor het nu agendeerbaar is") DecidingBody readyFor,
        @Schema(description = "Goedgekeurde versie (SHA-256)") String version,
        @Schema(description = "Documenten van de goedgekeurde versie") List<Manifest.Entry> documents,
        @Schema(description = "Sinds wanneer agendeerbaar") Instant readySince) {

    static ReadyProposalResponse of(ReadyList.Waiting w) {
        return new ReadyProposalResponse(w.proposalId(), w.type(), w.title(), w.department(), w.portfolioHolder(),
                w.confidentiality(), w.decidingBody(), w.readyFor(), w.version(), w.documents(), w.readySince());
    }
}
