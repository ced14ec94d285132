package nl.hamerslag.publication.query;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.publication.PublicDocument;
import nl.hamerslag.contracts.publication.PublicationCorrected;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.contracts.publication.PublicationPublished;
import nl.hamerslag.contracts.publication.PublicationSource;
import nl.hamerslag.contracts.publication.PublicationWithdrawn;
import nl.hamerslag.publication.config.PublicationRules;
import nl.hamerslag.publication.woo.InformationCategories;
import nl.hamerslag.publication.woo.InformationCategory;
import nl.hamerslag.platform.projection.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The public catalogue (V1: the only tables the public channels read), written from publication's own
 * events in the transaction that decided them: a publication is there exactly while it is published,
 * with its public documents and their bytes (publication's public copies, under their own hashes); a
 * correction replaces it with the new version; a withdrawal deletes it (its documents cascade, bytes no
 * other public document names go too) and leaves a withdrawal notice.
 */
@Component
@ProcessingGroup(PublicCatalogueProjection.NAME)
@ProjectionTables({"public_publication", "public_document_content", "public_document", "public_withdrawal"})
class PublicCatalogueProjection {

    static final String NAME = "publication-public-catalogue";

    private final JdbcTemplate jdbc;
    private final InformationCategories categories;
    private final PublicationRules rules;

    PublicCatalogueProjection(JdbcTemplate jdbc, InformationCategories categories, PublicationRules rules) {
        this.jdbc = jdbc;
        this.categories = categories;
        this.rules = rules;
    }

    @EventHandler
    void on(PublicationPublished event) {
        write(event.publicationId(), event.kind(), event.source(), event.body(), event.meetingDate(), event.title(),
                event.text(), event.informationCategory(), event.organisation(), event.version(), event.redacted(),
                event.documents(), event.publishedAt());
    }

    @EventHandler
    void on(PublicationCorrected event) {
        write(event.publicationId(), event.kind(), event.source(), event.body(), event.meetingDate(), event.title(),
                event.text(), event.informationCategory(), event.organisation(), event.version(), event.redacted(),
                event.documents(), event.correctedAt());
    }

    @EventHandler
    void on(PublicationWithdrawn event) {
        UUID id = UUID.fromString(event.publicationId());
        List<String> hashes = jdbc.queryForList("select sha256 from public_document where publication_id = ?",
                String.class, id);
        // the documents first, not through the foreign key's cascade: a rebuild or an earlier state replays
        // this into copies of the tables, which have no foreign keys (docs/projections.md)
        jdbc.update("delete from public_document where publication_id = ?", id);
        jdbc.update("delete from public_publication where publication_id = ?", id);
        forgetUnnamed(hashes);
        jdbc.update("""
                insert into public_withdrawal (publication_id, kind, title, reason, withdrawn_at) values (?, ?, ?, ?, ?)
                on conflict (publication_id) do update set reason = excluded.reason, withdrawn_at = excluded.withdrawn_at""",
                id, event.kind().name(), event.title(), event.reason(), Timestamp.from(event.withdrawnAt()));
    }

    private void write(String publicationId, PublicationKind kind, PublicationSource source, DecidingBody body,
                       LocalDate meetingDate, String title, String text, String category, String organisation, int version,
                       boolean redacted, List<PublicDocument> documents, Instant at) {
        UUID id = UUID.fromString(publicationId);
        InformationCategory informationCategory = categories.find(category).orElseThrow(() -> new IllegalStateException(
                "publication " + publicationId + " names the information category " + category + ", which this build does not know"));
        String organisationName = organisation.equals(rules.organisation().uri()) ? rules.organisation().name() : organisation;
        List<String> before = jdbc.queryForList("select sha256 from public_document where publication_id = ?",
                String.class, id);
        jdbc.update("""
                insert into public_publication (publication_id, kind, title, summary, body, body_name, meeting_id,
                    meeting_date, proposal_id, decision_id, information_category, category_label, organisation,
                    organisation_name, adopted_on, version, redacted, first_published_at, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (publication_id) do update set kind = excluded.kind, title = excluded.title,
                    summary = excluded.summary, body = excluded.body, body_name = excluded.body_name,
                    meeting_id = excluded.meeting_id, meeting_date = excluded.meeting_date,
                    proposal_id = excluded.proposal_id, decision_id = excluded.decision_id,
                    information_category = excluded.information_category, category_label = excluded.category_label,
                    organisation = excluded.organisation, organisation_name = excluded.organisation_name,
                    adopted_on = excluded.adopted_on, version = excluded.version, redacted = excluded.redacted,
                    published_at = excluded.published_at""",
                id, kind.name(), title, text, body == null ? null : body.name(), bodyName(body),
                source == null ? null : source.meetingId(), meetingDate,
                source == null || source.proposalId() == null ? null : source.proposalId().value(),
                source == null ? null : source.decisionId(), informationCategory.uri(), informationCategory.label(),
                organisation, organisationName, meetingDate, version, redacted, Timestamp.from(at), Timestamp.from(at));
        jdbc.update("delete from public_document where publication_id = ?", id);
        for (int i = 0; i < documents.size(); i++) {
            PublicDocument document = documents.get(i);
            int copied = jdbc.update("""
                    insert into public_document_content (sha256, media_type, content)
                    select sha256, media_type, content from public_copy where sha256 = ?
                    on conflict (sha256) do nothing""", document.sha256().value());
            if (copied == 0 && !Boolean.TRUE.equals(jdbc.queryForObject(
                    "select exists (select 1 from public_document_content where sha256 = ?)", Boolean.class,
                    document.sha256().value()))) {
                throw new IllegalStateException("publication " + publicationId + " names public document "
                        + document.sha256() + ", of which publication has no public copy");
            }
            jdbc.update("""
                    insert into public_document (publication_id, position, name, media_type, size, sha256)
                    values (?, ?, ?, ?, ?, ?)""", id, i, document.name(), document.mediaType(), document.size(),
                    document.sha256().value());
        }
        forgetUnnamed(before);
        // a publication published again after a correction is not withdrawn
        jdbc.update("delete from public_withdrawal where publication_id = ?", id);
    }

    /** Bytes are served only while a public document names them: remove those no row names any more. */
    private void forgetUnnamed(List<String> hashes) {
        for (String sha256 : hashes) {
            jdbc.update("""
                    delete from public_document_content c where c.sha256 = ?
                    and not exists (select 1 from public_document d where d.sha256 = c.sha256)""", sha256);
        }
    }

    static String bodyName(DecidingBody body) {
        if (body == null) {
            return null;
        }
        return switch (body) {
            case COLLEGE -> "College van burgemeester en wethouders";
            case COMMITTEE -> "Raadscommissie";
            case COUNCIL -> "Gemeenteraad";
        };
    }
}
