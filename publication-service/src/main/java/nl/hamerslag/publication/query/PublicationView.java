package nl.hamerslag.publication.query;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.visibility.Audience;
import nl.hamerslag.publication.command.PublicationMode;
import nl.hamerslag.publication.command.PublicationState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A publication as the editor's API shows it (INTERNAL channel): everything, the originals included.
 * In lists, {@code documents}, {@code redactions} and {@code versions} are empty.
 */
@Schema(description = "Een publicatie of publicatiekandidaat, met alles wat intern bekend is")
public record PublicationView(
        @Schema(description = "Id van de publicatie") UUID publicationId,
        @Schema(description = "Soort: DECISION, AGENDA, MEETING_PACKAGE, DECISION_LIST, ANSWER, LETTER of VOTE") PublicationKind kind,
        @Schema(description = "Toestand: CANDIDATE, SCHEDULED, EMBARGOED, PUBLISHED, REFUSED of WITHDRAWN") PublicationState state,
        @Schema(description = "Volgens de regel: AUTOMATIC of EDITOR") PublicationMode mode,
        String meetingId, String decisionId, UUID proposalId, String itemId,
        @Schema(description = "Gremium") DecidingBody body,
        LocalDate meetingDate, String title, String text,
        @Schema(description = "Vertrouwelijkheid (ZGW)") Confidentiality confidentiality,
        @Schema(description = "Woo-informatiecategorie (TOOI-URI)") String informationCategory,
        @Schema(description = "Eigenaar (TOOI-URI)") String organisation,
        @Schema(description = "Gepubliceerde versie; 0 zolang niets gepubliceerd is") int version,
        @Schema(description = "Gepubliceerd als gelakte versie") boolean redacted,
        @Schema(description = "Ingepland moment of einde embargo") Instant moment,
        boolean embargo, String refusalGround, String refusalExplanation, String withdrawalReason,
        Instant registeredAt, Instant changedAt, Instant publishedAt,
        List<DocumentView> documents, List<RedactionView> redactions, List<VersionView> versions) {

    /** A document of the candidate: the original (internal) and its public copy. */
    public record DocumentView(int position, String name, String mediaType, long size, String owner,
                               String originalSha256, String publicSha256, long publicSize) {
    }

    /** One redaction of the redacted version. */
    public record RedactionView(String document, Integer page, String ground, String description) {
    }

    /** One version that went public. */
    public record VersionView(int version, String title, String text, boolean redacted, String documents,
                              String reason, Instant publishedAt) {
    }

    PublicationView with(List<DocumentView> documents, List<RedactionView> redactions, List<VersionView> versions) {
        return new PublicationView(publicationId, kind, state, mode, meetingId, decisionId, proposalId, itemId, body,
                meetingDate, title, text, confidentiality, informationCategory, organisation, version, redacted, moment,
                embargo, refusalGround, refusalExplanation, withdrawalReason, registeredAt, changedAt, publishedAt,
                documents, redactions, versions);
    }

    /**
     * Who sees a publication about no proposal (an agenda, a package, a council question's answer): the
     * one visibility rule (docs/decisions/0017) with the publication's own confidentiality and no circle.
     */
    static boolean admitsWithoutProposal(PublicationView publication, Caller caller) {
        return new Audience(publication.confidentiality(), "", null, null, List.of(), Set.of()).admits(caller);
    }
}
