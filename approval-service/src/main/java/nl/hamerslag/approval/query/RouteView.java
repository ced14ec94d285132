package nl.hamerslag.approval.query;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;

import java.time.Instant;
import java.util.List;

@Schema(description = "De accorderingsroute van één doorgestuurde versie van een voorstel.")
public record RouteView(
        @Schema(description = "Id van de route; volgt uit voorstel en versie.") String routeId,
        @Schema(description = "Het voorstel (dossiersleutel).") ProposalId proposalId,
        @Schema(description = "De versie (SHA-256 van de inhoud) die wordt geaccordeerd.") ContentHash version,
        @Schema(description = "OPEN (lopend) of COMPLETED (alle stappen akkoord).") RouteStatus status,
        Instant openedAt,
        Instant completedAt,
        @Schema(description = "De fasen in volgorde; de stappen binnen een fase lopen parallel.") List<StageView> stages) {

    @Schema(description = "Een fase van de route.")
    public record StageView(int number, List<StepView> steps) {
    }

    @Schema(description = "Een accorderingsstap.")
    public record StepView(
            String stepId,
            @Schema(description = "De rol die deze stap accordeert.") Role role,
            @Schema(description = "WAITING (nog niet aan de beurt), DUE (te accorderen) of APPROVED (akkoord).")
            StepState state,
            @Schema(description = "Wie akkoord gaf, in welke rol; leeg zolang niet getekend.") Actor signedBy,
            Instant signedAt,
            @Schema(description = "Opmerkingen bij het akkoord; leeg bij een akkoord zonder opmerkingen.") String remarks) {
    }
}
