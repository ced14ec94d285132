package nl.hamerslag.approval.query;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.approval.command.RouteStatus;
import nl.hamerslag.approval.command.StepState;
import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;

import java.time.Instant;
import java.util.List;

@Schema(description = "De accorderingsroute van één doorgestuurde versie van een voorstel.")
public record RouteView(
        @Schema(description = "Id van de route; volgt uit de doorzending (het ProposalSubmitted-event).") String routeId,
        @Schema(description = "Het voorstel (dossiersleutel).") ProposalId proposalId,
        @Schema(description = "De versie (SHA-256 van de inhoud) die wordt geaccordeerd.") ContentHash version,
        @Schema(description = "OPEN (lopend), COMPLETED (alle stappen akkoord), RETURNED (niet akkoord, terug naar "
                + "de steller) of SUPERSEDED (vervangen door een nieuwe doorzending, of ingetrokken).") RouteStatus status,
        @Schema(description = "De accorderingsregel waarmee de route is opgebouwd; de route ligt vast bij het openen.")
        String rule,
        Instant openedAt,
        Instant completedAt,
        @Schema(description = "Wanneer de route eindigde (afgerond, teruggestuurd of vervangen).") Instant closedAt,
        @Schema(description = "Waarom de route is vervangen, bijv. 'withdrawn'.") String closedReason,
        @Schema(description = "De fasen in volgorde; de stappen binnen een fase lopen parallel.") List<StageView> stages) {

    RouteView withStages(List<StageView> newStages) {
        return new RouteView(routeId, proposalId, version, status, rule, openedAt, completedAt, closedAt, closedReason,
                newStages);
    }

    @Schema(description = "Een fase van de route.")
    public record StageView(int number, List<StepView> steps) {
    }

    @Schema(description = "Een accorderingsstap.")
    public record StepView(
            String stepId,
            @Schema(description = "De rol die deze stap accordeert.") Role role,
            @Schema(description = "De afdeling waarvan de rolhouder tekent; leeg voor elke houder van de rol.")
            String department,
            @Schema(description = "WAITING (nog niet aan de beurt), DUE (te accorderen), APPROVED (akkoord), REFUSED "
                    + "(niet akkoord), SKIPPED (overgeslagen door de gemeentesecretaris) of CANCELLED (vervallen).")
            StepState state,
            @Schema(description = "Wie de stap afhandelde (akkoord, niet akkoord of overgeslagen), in welke rol; leeg "
                    + "zolang niet afgehandeld.") Actor signedBy,
            Instant signedAt,
            @Schema(description = "Opmerkingen bij het akkoord; leeg bij een akkoord zonder opmerkingen.") String remarks,
            @Schema(description = "De reden van een weigering of van overslaan.") String reason,
            @Schema(description = "Sinds wanneer de stap te accorderen is.") Instant dueSince,
            @Schema(description = "De termijn: uiterlijk dan (werkdagen; weekenden en feestdagen tellen niet).")
            Instant dueAt,
            @Schema(description = "Wanneer de herinnering is verstuurd.") Instant reminderSentAt,
            @Schema(description = "Wanneer de stap is geëscaleerd, en naar welke rol.") Instant escalatedAt,
            Role escalatedTo,
            @Schema(description = "Mandaat of vervanging: aan wie de stap is gedelegeerd.") DelegationView delegation) {
    }

    @Schema(description = "Een delegatie: wie de stap overdroeg, aan wie, waarom, en op grond van welk mandaat.")
    public record DelegationView(String toSubject, String toName, String bySubject, String byName, String reason,
                                 @Schema(description = "Het mandaat uit het mandaatregister; leeg als de gedelegeerde "
                                         + "zelf de rol heeft.") String mandate) {
    }
}
