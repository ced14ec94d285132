package nl.hamerslag.publication.zgw;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The decisions and their documents as the ZGW APIs read them: publication's DECISION publications in
 * every state (a besluit is the decision, not its publication) and their documents, never above the
 * confidentiality the caller's authorisation admits. The ceiling is part of every query, so what an
 * application may not see is neither counted nor paged past.
 */
@Component
class ZgwQueries {

    /** The most one unpaged list (besluitinformatieobjecten, which ZGW does not page) returns. */
    static final int UNPAGED_LIMIT = 2000;

    private static final String DECISION_COLUMNS = """
            p.publication_id, p.decision_id, p.body, p.meeting_date, p.title, p.text, p.confidentiality,
            p.registered_at, p.published_at""";
    private static final String DOCUMENT_COLUMNS = """
            d.publication_id, d.position, d.name, d.media_type, d.size, d.original_sha256, d.owner,
            p.confidentiality, p.registered_at""";
    private static final String DOCUMENTS = " from publication_document d join publication p using (publication_id) "
            + "where p.kind = 'DECISION'";

    private final JdbcTemplate jdbc;

    ZgwQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters on besluiten: each null when not given. */
    record DecisionFilter(String decisionId, List<DecidingBody> bodies) {
    }

    long countDecisions(DecisionFilter filter, ZgwAuthorisation authorisation) {
        List<Object> args = new ArrayList<>();
        String where = decisionWhere(filter, authorisation, args);
        return jdbc.queryForObject("select count(*) from publication p" + where, Long.class, args.toArray());
    }

    List<DecisionRecord> decisions(DecisionFilter filter, ZgwAuthorisation authorisation, long offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = decisionWhere(filter, authorisation, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("select " + DECISION_COLUMNS + " from publication p" + where
                + " order by p.registered_at, p.publication_id limit ? offset ?", DECISION, args.toArray());
    }

    Optional<DecisionRecord> decision(UUID uuid, ZgwAuthorisation authorisation) {
        List<Object> args = new ArrayList<>();
        String where = decisionWhere(new DecisionFilter(null, null), authorisation, args) + " and p.publication_id = ?";
        args.add(uuid);
        return jdbc.query("select " + DECISION_COLUMNS + " from publication p" + where, DECISION, args.toArray())
                .stream().findFirst();
    }

    /** The documents of one decision (or of all) and/or the one informatieobject, in decision and document order. */
    List<DocumentRecord> documentsOf(UUID decision, UUID informatieobject, ZgwAuthorisation authorisation) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(documentWhere(authorisation, args));
        if (decision != null) {
            where.append(" and d.publication_id = ?");
            args.add(decision);
        }
        if (informatieobject != null) {
            where.append(" and ").append(ZgwIds.SQL_DOCUMENT_UUID).append(" = ?");
            args.add(ZgwIds.INFORMATIEOBJECT);
            args.add(informatieobject);
        }
        return jdbc.query("select " + DOCUMENT_COLUMNS + DOCUMENTS + where + " order by p.registered_at, d.publication_id, "
                + "d.position limit " + UNPAGED_LIMIT, DOCUMENT, args.toArray());
    }

    long countDocuments(ZgwAuthorisation authorisation) {
        List<Object> args = new ArrayList<>();
        String where = documentWhere(authorisation, args);
        return jdbc.queryForObject("select count(*)" + DOCUMENTS + where, Long.class, args.toArray());
    }

    List<DocumentRecord> documents(ZgwAuthorisation authorisation, long offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = documentWhere(authorisation, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("select " + DOCUMENT_COLUMNS + DOCUMENTS + where + " order by p.registered_at, d.publication_id, "
                + "d.position limit ? offset ?", DOCUMENT, args.toArray());
    }

    /** A document by its informatieobject uuid ({@code kind} INFORMATIEOBJECT) or its link's uuid. */
    Optional<DocumentRecord> document(String kind, UUID uuid, ZgwAuthorisation authorisation) {
        List<Object> args = new ArrayList<>();
        String where = documentWhere(authorisation, args) + " and " + ZgwIds.SQL_DOCUMENT_UUID + " = ?";
        args.add(kind);
        args.add(uuid);
        return jdbc.query("select " + DOCUMENT_COLUMNS + DOCUMENTS + where, DOCUMENT, args.toArray()).stream().findFirst();
    }

    private static String decisionWhere(DecisionFilter filter, ZgwAuthorisation authorisation, List<Object> args) {
        StringBuilder where = new StringBuilder(" where p.kind = 'DECISION'").append(ceiling(authorisation, args));
        if (filter.decisionId() != null) {
            where.append(" and p.decision_id = ?");
            args.add(filter.decisionId());
        }
        if (filter.bodies() != null) {
            where.append(" and p.body in (").append(placeholders(filter.bodies().size())).append(")");
            filter.bodies().forEach(body -> args.add(body.name()));
        }
        return where.toString();
    }

    private static String documentWhere(ZgwAuthorisation authorisation, List<Object> args) {
        return ceiling(authorisation, args);
    }

    private static String ceiling(ZgwAuthorisation authorisation, List<Object> args) {
        List<Confidentiality> admitted = authorisation.admitted();
        admitted.forEach(c -> args.add(c.name()));
        return " and p.confidentiality in (" + placeholders(admitted.size()) + ")";
    }

    /** {@code ?, ?, ?}; for none a value no row has, so an empty set matches nothing. */
    private static String placeholders(int count) {
        return count == 0 ? "null" : String.join(", ", Collections.nCopies(count, "?"));
    }

    private static final RowMapper<DecisionRecord> DECISION = (rs, n) -> new DecisionRecord(
            rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3) == null ? null : DecidingBody.valueOf(rs.getString(3)),
            rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), Confidentiality.valueOf(rs.getString(7)),
            instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)));

    private static final RowMapper<DocumentRecord> DOCUMENT = (rs, n) -> new DocumentRecord(
            rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
            rs.getString(7), Confidentiality.valueOf(rs.getString(8)), instant(rs.getTimestamp(9)));

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
