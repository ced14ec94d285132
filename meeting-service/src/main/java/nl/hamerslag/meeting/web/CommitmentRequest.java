package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.meeting.command.FloorLimits;

import java.time.LocalDate;

@Schema(description = "Een toezegging van de burgemeester of een wethouder.")
record CommitmentRequest(
        @Schema(description = "Optioneel: het agendapunt waarbij de toezegging is gedaan", example = "item-7")
        @Size(max = FloorLimits.ID) String agendaItemId,
        @Schema(description = "Optioneel: het voorstel van dat agendapunt")
        ProposalId proposalId,
        @Schema(description = "Wat is toegezegd", example = "De raad krijgt voor de zomer een evaluatie.")
        @NotBlank @Size(max = FloorLimits.COMMITMENT_TEXT) String text,
        @Schema(description = "Het memberId van de wethouder of burgemeester die de toezegging deed", example = "wim-wethouder")
        @NotBlank @Size(max = FloorLimits.ID) String madeBy,
        @Schema(description = "Optioneel: de verantwoordelijke portefeuillehouder; standaard wie de toezegging deed")
        @Size(max = FloorLimits.PARTY) String portfolioHolder,
        @Schema(description = "Aan wie: de raad, een commissie, een fractie of een lid", example = "de raad")
        @NotBlank @Size(max = FloorLimits.PARTY) String madeTo,
        @Schema(description = "Uiterste datum", example = "2026-06-30")
        @NotNull LocalDate deadline) {
}
