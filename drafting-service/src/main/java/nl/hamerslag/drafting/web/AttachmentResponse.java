package nl.hamerslag.drafting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.contracts.drafting.AttachmentKind;
import nl.hamerslag.drafting.query.AttachmentView;

/** Een bijlage (of het hoofddocument) met de link om de inhoud te downloaden. */
record AttachmentResponse(
        @Schema(description = "Id van de bijlage; blijft gelijk over versies heen") String id,
        @Schema(description = "MAIN (hoofddocument) of ANNEX (bijlage)") AttachmentKind kind,
        @Schema(description = "Bestandsnaam, opgeschoond") String name,
        @Schema(description = "Mediatype, herkend uit de inhoud") String mediaType,
        @Schema(description = "Grootte in bytes") long size,
        @Schema(description = "SHA-256 van de inhoud") String sha256,
        @Schema(description = "Versie van deze bijlage (1, 2, …); leeg in een ingediende versie") Integer revision,
        @Schema(description = "Download-link") String href) {

    static AttachmentResponse of(AttachmentView view, String href) {
        return new AttachmentResponse(view.id(), view.kind(), view.name(), view.mediaType(), view.size(), view.sha256(),
                view.revision(), href);
    }
}
