package nl.hamerslag.drafting.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.drafting.query.ProposalView;

import java.util.List;

/**
 * Een voorstel zoals de aanroeper het ziet: de velden, de huidige bijlagen (bij één voorstel) en
 * wat de aanroeper er nu mee mag doen.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProposalResponse(
        @JsonUnwrapped ProposalView proposal,
        @Schema(description = "De huidige bijlagen; alleen bij het opvragen van één voorstel") List<AttachmentResponse> attachments,
        @Schema(description = "Wat u nu mag doen: revise, manage-attachments, submit, withdraw, versions") List<String> actions) {
}
