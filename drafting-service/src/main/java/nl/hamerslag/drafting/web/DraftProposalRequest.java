package nl.hamerslag.drafting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.drafting.command.ProposalContent;

/** Een nieuw voorstel. */
public record DraftProposalRequest(
        @Schema(description = "Soort voorstel", example = "COLLEGE_PROPOSAL") @NotNull ProposalType type,
        @Schema(description = "Titel", example = "Herinrichting Marktplein") @NotBlank @Size(max = 200) String title,
        @Schema(description = "Samenvatting") @Size(max = 4000) String summary,
        @Schema(description = "Portefeuillehouder", example = "Wethouder Ruimte") @NotBlank @Size(max = 200) String portfolioHolder,
        @Schema(description = "Afdeling", example = "Ruimte") @NotBlank @Size(max = 200) String department,
        @Schema(description = "Vertrouwelijkheidaanduiding (ZGW)", example = "openbaar", type = "string",
                allowableValues = {"openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk",
                        "confidentieel", "geheim", "zeer_geheim"}) @NotNull Confidentiality confidentiality,
        @Schema(description = "Heeft financiële gevolgen") @NotNull Boolean financialConsequences,
        @Schema(description = "Heeft juridische gevolgen") @NotNull Boolean legalConsequences,
        @Schema(description = "Gremium dat besluit", example = "COLLEGE") @NotNull DecidingBody decidingBody) {

    ProposalContent content() {
        return new ProposalContent(type, title.strip(), summary == null ? null : summary.strip(), portfolioHolder.strip(),
                department.strip(), confidentiality, financialConsequences, legalConsequences, decidingBody);
    }
}
