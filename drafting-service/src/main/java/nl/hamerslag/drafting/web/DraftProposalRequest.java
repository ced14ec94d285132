package nl.hamerslag.drafting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.drafting.command.ProposalContent;
import nl.hamerslag.drafting.command.ProposalLimits;
import nl.hamerslag.drafting.query.ProposalView;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Een nieuw voorstel, of (bij herzien) de velden na het toepassen van de wijziging. */
public record DraftProposalRequest(
        @Schema(description = "Soort voorstel", example = "COLLEGE_PROPOSAL") @NotNull ProposalType type,
        @Schema(description = "Titel, ten hoogste " + ProposalLimits.TITLE + " tekens", example = "Herinrichting Marktplein")
        @NotBlank @Size(max = ProposalLimits.TITLE, message = "at most {max} characters") String title,
        @Schema(description = "Samenvatting, ten hoogste " + ProposalLimits.SUMMARY + " tekens")
        @Size(max = ProposalLimits.SUMMARY, message = "at most {max} characters") String summary,
        @Schema(description = "Portefeuillehouder", example = "Wethouder Ruimte")
        @NotBlank @Size(max = ProposalLimits.PORTFOLIO_HOLDER, message = "at most {max} characters") String portfolioHolder,
        @Schema(description = "Afdeling", example = "Ruimte")
        @NotBlank @Size(max = ProposalLimits.DEPARTMENT, message = "at most {max} characters") String department,
        @Schema(description = "Vertrouwelijkheidaanduiding (ZGW)", example = "openbaar", type = "string",
                allowableValues = {"openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk",
                        "confidentieel", "geheim", "zeer_geheim"}) @NotNull Confidentiality confidentiality,
        @Schema(description = "Heeft financiële gevolgen") @NotNull Boolean financialConsequences,
        @Schema(description = "Heeft juridische gevolgen") @NotNull Boolean legalConsequences,
        @Schema(description = "Gremium dat besluit", example = "COLLEGE") @NotNull DecidingBody decidingBody,
        @Schema(description = "Gewenste vergaderdatum", example = "2026-03-10") LocalDate wishedMeetingDate,
        @Schema(description = "Gerelateerd voorstel, bijv. het collegevoorstel achter een raadsvoorstel") UUID relatedProposal,
        @Schema(description = "Labels (ten hoogste " + ProposalLimits.TAGS + ", elk ten hoogste " + ProposalLimits.TAG + " tekens)")
        @Size(max = ProposalLimits.TAGS, message = "at most {max} tags")
        List<@NotBlank @Size(max = ProposalLimits.TAG, message = "at most {max} characters") String> tags) {

    ProposalContent content() {
        return new ProposalContent(type, title.strip(), summary == null ? null : summary.strip(), portfolioHolder.strip(),
                department.strip(), confidentiality, financialConsequences, legalConsequences, decidingBody,
                wishedMeetingDate, relatedProposal == null ? null : new ProposalId(relatedProposal),
                tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList());
    }

    /** The editable fields of a proposal as they are now. */
    static DraftProposalRequest of(ProposalView view) {
        return new DraftProposalRequest(view.type(), view.title(), view.summary(), view.portfolioHolder(),
                view.department(), view.confidentiality(), view.financialConsequences(), view.legalConsequences(),
                view.decidingBody(), view.wishedMeetingDate(), view.relatedProposal(), view.tags());
    }
}
