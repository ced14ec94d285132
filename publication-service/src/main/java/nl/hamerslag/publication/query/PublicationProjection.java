package nl.hamerslag.publication.query;

import nl.hamerslag.contracts.publication.PublicDocument;
import nl.hamerslag.contracts.publication.PublicationCorrected;
import nl.hamerslag.contracts.publication.PublicationPublished;
import nl.hamerslag.contracts.publication.PublicationRefused;
import nl.hamerslag.contracts.publication.PublicationScheduled;
import nl.hamerslag.contracts.publication.PublicationWithdrawn;
import nl.hamerslag.publication.command.CandidateContent;
import nl.hamerslag.publication.command.CandidateDocument;
import nl.hamerslag.publication.command.CandidateRegistered;
import nl.hamerslag.publication.command.CandidateRevised;
import nl.hamerslag.publication.command.RedactedVersionMade;
import nl.hamerslag.publication.command.Redaction;
import nl.hamerslag.platform.projection.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The publications as the editor's API reads them, their history of versions, and the moments the
 * publication watch acts on: a schedule or an embargo writes its moment, a decision clears it.
 */
@Component
@ProcessingGroup(PublicationProjection.NAME)
@ProjectionTables({"publication", "publication_document", "publication_version", "publication_redaction",
        "publication_moment"})
class PublicationProjection {

    static final String NAME = "publication-publications";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    PublicationProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CandidateRegistered event, @Timestamp Instant at) {
        CandidateContent c = event.content();
        jdbc.update("""
                insert into publication (publication_id, kind, state, mode, meeting_id, decision_id, proposal_id, item_id,
                    body, meeting_date, title, text, confidentiality, information_category, organisation, registered_at,
                    changed_at) values (?, ?, 'CANDIDATE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id(event.publicationId()), c.kind().name(), event.mode().name(), c.source().meetingId(),
                c.source().decisionId(), c.source().proposalId() == null ? null : c.source().proposalId().value(),
                c.source().itemId(), c.body() == null ? null : c.body().name(), c.meetingDate(), c.title(), c.text(),
                c.confidentiality().name(), c.informationCategory(), c.organisation(), ts(at), ts(at));
        documents(event.publicationId(), c.documents());
    }

    @EventHandler
    void on(CandidateRevised event, @Timestamp Instant at) {
        CandidateContent c = event.content();
        jdbc.update("""
                update publication set title = ?, text = ?, meeting_date = ?, confidentiality = ?, changed_at = ?
                where publication_id = ?""", c.title(), c.text(), c.meetingDate(), c.confidentiality().name(), ts(at),
                id(event.publicationId()));
        jdbc.update("delete from publication_document where publication_id = ?", id(event.publicationId()));
        documents(event.publicationId(), c.documents());
    }

    @EventHandler
    void on(PublicationScheduled event, @Timestamp Instant at) {
        jdbc.update("update publication set state = ?, moment = ?, embargo = ?, changed_at = ? where publication_id = ?",
                event.embargo() ? "EMBARGOED" : "SCHEDULED", ts(event.at()), event.embargo(), ts(at),
                id(event.publicationId()));
        jdbc.update("""
                insert into publication_moment (publication_id, due_at, done) values (?, ?, false)
                on conflict (publication_id) do update set due_at = excluded.due_at, done = false""",
                id(event.publicationId()), ts(event.at()));
    }

    @EventHandler
    void on(RedactedVersionMade event) {
        List<Redaction> redactions = event.redactions();
        jdbc.update("delete from publication_redaction where publication_id = ?", id(event.publicationId()));
        for (int i = 0; i < redactions.size(); i++) {
            Redaction r = redactions.get(i);
            jdbc.update("""
                    insert into publication_redaction (publication_id, position, document, page, ground, description)
                    values (?, ?, ?, ?, ?, ?)""", id(event.publicationId()), i, r.document(), r.page(), r.ground(),
                    r.description());
        }
    }

    @EventHandler
    void on(PublicationPublished event, @Timestamp Instant at) {
        jdbc.update("""
                update publication set state = 'PUBLISHED', version = ?, redacted = ?, title = ?, text = ?, moment = null,
                    published_at = ?, changed_at = ? where publication_id = ?""", event.version(), event.redacted(),
                event.title(), event.text(), ts(event.publishedAt()), ts(at), id(event.publicationId()));
        version(event.publicationId(), event.version(), event.title(), event.text(), event.redacted(), event.documents(),
                null, event.publishedAt());
        done(event.publicationId());
    }

    @EventHandler
    void on(PublicationCorrected event, @Timestamp Instant at) {
        jdbc.update("""
                update publication set version = ?, redacted = ?, title = ?, text = ?, changed_at = ?
                where publication_id = ?""", event.version(), event.redacted(), event.title(), event.text(), ts(at),
                id(event.publicationId()));
        version(event.publicationId(), event.version(), event.title(), event.text(), event.redacted(), event.documents(),
                event.reason(), event.correctedAt());
    }

    @EventHandler
    void on(PublicationRefused event, @Timestamp Instant at) {
        jdbc.update("""
                update publication set state = 'REFUSED', refusal_ground = ?, refusal_explanation = ?, moment = null,
                    changed_at = ? where publication_id = ?""", event.ground(), event.explanation(), ts(at),
                id(event.publicationId()));
        done(event.publicationId());
    }

    @EventHandler
    void on(PublicationWithdrawn event, @Timestamp Instant at) {
        jdbc.update("""
                update publication set state = 'WITHDRAWN', withdrawal_reason = ?, changed_at = ? where publication_id = ?""",
                event.reason(), ts(at), id(event.publicationId()));
        done(event.publicationId());
    }

    private void documents(String publicationId, List<CandidateDocument> documents) {
        for (int i = 0; i < documents.size(); i++) {
            CandidateDocument d = documents.get(i);
            jdbc.update("""
                    insert into publication_document (publication_id, position, name, media_type, size, owner,
                        original_sha256, public_sha256, public_size) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    id(publicationId), i, d.name(), d.mediaType(), d.size(), d.owner().shortName(), d.original().value(),
                    d.publicCopy() == null ? null : d.publicCopy().value(), d.publicSize());
        }
    }

    private void version(String publicationId, int version, String title, String text, boolean redacted,
                         List<PublicDocument> documents, String reason, Instant at) {
        jdbc.update("""
                insert into publication_version (publication_id, version, title, text, redacted, documents, reason,
                    published_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", id(publicationId), version,
                title, text, redacted, JSON.writeValueAsString(documents), reason, ts(at));
    }

    private void done(String publicationId) {
        jdbc.update("update publication_moment set done = true where publication_id = ?", id(publicationId));
    }

    private static UUID id(String publicationId) {
        return UUID.fromString(publicationId);
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }
}
