package nl.hamerslag.drafting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.hamerslag.drafting.command.ProposalLimits;

/** Terugtrekken: waarom. */
record WithdrawRequest(
        @Schema(description = "Reden van terugtrekken, ten hoogste " + ProposalLimits.REASON + " tekens", example = "Wordt meegenomen in de integrale visie")
        @NotBlank @Size(max = ProposalLimits.REASON, message = "at most {max} characters") String reason) {
}
