package nl.hamerslag.publication.query;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.publication.command.PublicationMode;
import nl.hamerslag.publication.command.PublicationState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The publications as the editor's API reads them. */
@Component
public class PublicationQueries {

    /** The most a list returns. */
    public static final int LIMIT = 2000;

    private static final String COLUMNS = """
            publication_id, kind, state, mode, meeting_id, decision_id, proposal_id, item_id, body, meeting_date, title,
            text, confidentiality, information_category, organisation, version, redacted, moment, embargo, refusal_ground,
            refusal_explanation, withdrawal_reason, registered_at, changed_at, published_at""";

    private final JdbcTemplate jdbc;

    PublicationQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String publicationId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from publication where publication_id = ?)",
                Boolean.class, UUID.fromString(publicationId)));
    }

    /** What waits for the final editor, oldest first. */
    public List<PublicationView> queue() {
        return jdbc.query("select " + COLUMNS + " from publication where state = 'CANDIDATE' order by registered_at, "
                + "publication_id limit " + LIMIT, ROW);
    }

    /** Every publication, newest change first, optionally of one state and kind. */
    public List<PublicationView> list(PublicationState state, PublicationKind kind) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (state != null) {
            where.append(" and state = ?");
            args.add(state.name());
        }
        if (kind != null) {
            where.append(" and kind = ?");
            args.add(kind.name());
        }
        return jdbc.query("select " + COLUMNS + " from publication" + where + " order by changed_at desc, publication_id "
                + "limit " + LIMIT, ROW, args.toArray());
    }

    /** One publication with its documents, redactions and every version that went public. */
    public Optional<PublicationView> publication(UUID publicationId) {
        return jdbc.query("select " + COLUMNS + " from publication where publication_id = ?", ROW, publicationId).stream()
                .findFirst().map(view -> view.with(
                        jdbc.query("""
                                select position, name, media_type, size, owner, original_sha256, public_sha256, public_size
                                from publication_document where publication_id = ? order by position""", (rs, n) ->
                                new PublicationView.DocumentView(rs.getInt(1), rs.getString(2), rs.getString(3),
                                        rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8)),
                                publicationId),
                        jdbc.query("""
                                select document, page, ground, description from publication_redaction
                                where publication_id = ? order by position""", (rs, n) ->
                                new PublicationView.RedactionView(rs.getString(1), (Integer) rs.getObject(2),
                                        rs.getString(3), rs.getString(4)), publicationId),
                        jdbc.query("""
                                select version, title, text, redacted, documents, reason, published_at
                                from publication_version where publication_id = ? order by version""", (rs, n) ->
                                new PublicationView.VersionView(rs.getInt(1), rs.getString(2), rs.getString(3),
                                        rs.getBoolean(4), rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7))),
                                publicationId)));
    }

    private static final RowMapper<PublicationView> ROW = (rs, n) -> new PublicationView(
            rs.getObject(1, UUID.class), PublicationKind.valueOf(rs.getString(2)), PublicationState.valueOf(rs.getString(3)),
            PublicationMode.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class),
            rs.getString(8), rs.getString(9) == null ? null : DecidingBody.valueOf(rs.getString(9)),
            rs.getObject(10, LocalDate.class), rs.getString(11), rs.getString(12), Confidentiality.valueOf(rs.getString(13)),
            rs.getString(14), rs.getString(15), rs.getInt(16), rs.getBoolean(17), instant(rs.getTimestamp(18)),
            rs.getBoolean(19), rs.getString(20), rs.getString(21), rs.getString(22), instant(rs.getTimestamp(23)),
            instant(rs.getTimestamp(24)), instant(rs.getTimestamp(25)), List.of(), List.of(), List.of());

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
