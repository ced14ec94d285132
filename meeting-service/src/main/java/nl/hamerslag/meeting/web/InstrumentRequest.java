package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.meeting.command.FloorLimits;

import java.util.List;

@Schema(description = "Een amendement of motie: titel, tekst, indieners en mede-ondertekenaars.")
record InstrumentRequest(
        @Schema(description = "Het agendapunt; bij een motie vreemd aan de orde van de dag leeg", example = "item-7")
        @Size(max = FloorLimits.ID) String agendaItemId,
        @Schema(description = "Het voorstel van dat agendapunt")
        ProposalId proposalId,
        @Schema(description = "Titel", example = "Meer groen op het Marktplein")
        @NotBlank @Size(max = FloorLimits.TITLE) String title,
        @Schema(description = "De tekst (dictum en overwegingen)")
        @NotBlank @Size(max = FloorLimits.TEXT) String text,
        @Schema(description = "Ten minste één indiener: memberIds van raadsleden in deze vergadering")
        @Size(max = FloorLimits.SUBMITTERS) List<@NotBlank @Size(max = FloorLimits.ID) String> submitters,
        @Schema(description = "Mede-ondertekenaars: memberIds")
        @Size(max = FloorLimits.CO_SIGNERS) List<@NotBlank @Size(max = FloorLimits.ID) String> coSigners) {
}
