package nl.hamerslag.publication.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Rows of the public catalogue (V1) written straight with JDBC, as the core's projection would write
 * them, so that the channels can be tested without the publication flow in front of them. A
 * withdrawal deletes the row and writes the notice in one transaction, as the projection does.
 */
public final class CatalogueTestRows {

    /** Municipality of Amsterdam: a publisher the DiWoo value list knows. */
    public static final String ORGANISATION = "https://identifier.overheid.nl/tooi/id/gemeente/gm0363";
    /** Vergaderstukken decentrale overheden. */
    public static final String MEETING_DOCUMENTS = "https://identifier.overheid.nl/tooi/def/thes/kern/c_db4862c3";
    /** Agenda's en besluitenlijsten bestuurscolleges. */
    public static final String AGENDAS = "https://identifier.overheid.nl/tooi/def/thes/kern/c_3a248e3a";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public CatalogueTestRows(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A publication to fill in; {@link Row#insert()} writes it. */
    public Row publication(String kind, String title) {
        return new Row(UUID.randomUUID(), kind, title);
    }

    public void withdraw(UUID id, String reason) {
        transactions.executeWithoutResult(status -> {
            var row = jdbc.queryForMap("select kind, title from public_publication where publication_id = ?", id);
            jdbc.update("delete from public_publication where publication_id = ?", id);
            jdbc.update("insert into public_withdrawal (publication_id, kind, title, reason, withdrawn_at) "
                    + "values (?, ?, ?, ?, ?)", id, row.get("kind"), row.get("title"), reason, Timestamp.from(Instant.now()));
        });
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public final class Row {
        private final UUID id;
        private final String kind;
        private final String title;
        private String summary;
        private String body = "COLLEGE";
        private String bodyName = "College van burgemeester en wethouders";
        private String meetingId;
        private LocalDate meetingDate;
        private String category = MEETING_DOCUMENTS;
        private String categoryLabel = "vergaderstukken decentrale overheden";
        private LocalDate adoptedOn;
        private Instant publishedAt = Instant.now();
        private String documentName;
        private byte[] documentBytes;

        private Row(UUID id, String kind, String title) {
            this.id = id;
            this.kind = kind;
            this.title = title;
        }

        public Row summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Row body(String body, String bodyName) {
            this.body = body;
            this.bodyName = bodyName;
            return this;
        }

        public Row meeting(String meetingId, LocalDate date) {
            this.meetingId = meetingId;
            this.meetingDate = date;
            return this;
        }

        public Row category(String category, String label) {
            this.category = category;
            this.categoryLabel = label;
            return this;
        }

        public Row adoptedOn(LocalDate adoptedOn) {
            this.adoptedOn = adoptedOn;
            return this;
        }

        public Row publishedAt(Instant publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        public Row document(String name, String content) {
            this.documentName = name;
            this.documentBytes = content.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /** Writes the row (and its one document, if any) and returns its id. */
        public UUID insert() {
            transactions.executeWithoutResult(status -> {
                jdbc.update("insert into public_publication (publication_id, kind, title, summary, body, body_name, "
                                + "meeting_id, meeting_date, decision_id, information_category, category_label, organisation, "
                                + "organisation_name, adopted_on, version, redacted, first_published_at, published_at) "
                                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, false, ?, ?)",
                        id, kind, title, summary, body, bodyName, meetingId, meetingDate, null, category, categoryLabel,
                        ORGANISATION, "Gemeente Amsterdam", adoptedOn, Timestamp.from(publishedAt),
                        Timestamp.from(publishedAt));
                if (documentBytes != null) {
                    String hash = sha256(documentBytes);
                    jdbc.update("insert into public_document_content (sha256, media_type, content) values (?, ?, ?) "
                            + "on conflict do nothing", hash, "application/pdf", documentBytes);
                    jdbc.update("insert into public_document (publication_id, position, name, media_type, size, sha256) "
                            + "values (?, 1, ?, 'application/pdf', ?, ?)", id, documentName, documentBytes.length, hash);
                }
            });
            return id;
        }

        public String documentHash() {
            return sha256(documentBytes);
        }
    }
}
