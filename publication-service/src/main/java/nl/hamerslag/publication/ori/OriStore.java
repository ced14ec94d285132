package nl.hamerslag.publication.ori;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.publication.PublicDocument;
import nl.hamerslag.contracts.publication.PublicationKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The ORI tables (V4): the publications ORI knows, the current resources, and the feed. Every record gets
 * its sequence number from the one row of {@code ori_feed_head}, taken by an update whose row lock is held
 * until the writing transaction commits, so writers take numbers one after the other and a reader never
 * sees a number whose predecessors are not committed (ADR 0039).
 */
@Component
public class OriStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<StoredDocument>> DOCUMENTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    OriStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the feed, read as of {@code head}. */
    public record FeedPage(long head, int epoch, List<FeedRecord> records, boolean hasMore) {
    }

    /** A page of the current state, ordered by type and id. */
    public record SnapshotPage(long head, int epoch, List<FeedRecord> records, boolean hasMore) {
    }

    private record StoredDocument(String name, String mediaType, long size, String sha256) {
    }

    // ---- publications

    void savePublication(OriPublication p) {
        List<StoredDocument> documents = p.documents().stream()
                .map(d -> new StoredDocument(d.name(), d.mediaType(), d.size(), d.sha256().value())).toList();
        jdbc.update("""
                insert into ori_publication (publication_id, kind, meeting_id, decision_id, body, meeting_date, title, text,
                    information_category, organisation, version, redacted, documents, published_at, withdrawn)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)
                on conflict (publication_id) do update set kind = excluded.kind, meeting_id = excluded.meeting_id,
                    decision_id = excluded.decision_id, body = excluded.body, meeting_date = excluded.meeting_date,
                    title = excluded.title, text = excluded.text, information_category = excluded.information_category,
                    organisation = excluded.organisation, version = excluded.version, redacted = excluded.redacted,
                    documents = excluded.documents, published_at = excluded.published_at, withdrawn = false""",
                p.publicationId(), p.kind().name(), p.meetingId(), p.decisionId(), p.body() == null ? null : p.body().name(),
                p.meetingDate(), p.title(), p.text(), p.informationCategory(), p.organisation(), p.version(), p.redacted(),
                JSON.writeValueAsString(documents), Timestamp.from(p.publishedAt()));
    }

    void withdrawPublication(UUID publicationId) {
        jdbc.update("update ori_publication set withdrawn = true where publication_id = ?", publicationId);
    }

    /** The publication as it last went public, withdrawn or not. */
    Optional<OriPublication> publication(UUID publicationId) {
        return jdbc.query("select * from ori_publication where publication_id = ?", PUBLICATION, publicationId)
                .stream().findFirst();
    }

    boolean isWithdrawn(UUID publicationId) {
        return Boolean.TRUE.equals(jdbc.query("select withdrawn from ori_publication where publication_id = ?",
                (rs, n) -> rs.getBoolean(1), publicationId).stream().findFirst().orElse(false));
    }

    List<OriPublication> publicOfMeeting(String meetingId) {
        return jdbc.query("select * from ori_publication where meeting_id = ? and not withdrawn order by publication_id",
                PUBLICATION, meetingId);
    }

    List<OriPublication> publicOfKind(PublicationKind kind) {
        return jdbc.query("select * from ori_publication where kind = ? and not withdrawn order by publication_id",
                PUBLICATION, kind.name());
    }

    private static final RowMapper<OriPublication> PUBLICATION = (rs, n) -> new OriPublication(
            rs.getObject("publication_id", UUID.class), PublicationKind.valueOf(rs.getString("kind")),
            rs.getString("meeting_id"), rs.getString("decision_id"),
            rs.getString("body") == null ? null : DecidingBody.valueOf(rs.getString("body")),
            rs.getObject("meeting_date", LocalDate.class), rs.getString("title"), rs.getString("text"),
            rs.getString("information_category"), rs.getString("organisation"), rs.getInt("version"),
            rs.getBoolean("redacted"), JSON.readValue(rs.getString("documents"), DOCUMENTS).stream()
                    .map(d -> new PublicDocument(d.name(), d.mediaType(), d.size(), new ContentHash(d.sha256()))).toList(),
            rs.getTimestamp("published_at").toInstant());

    // ---- resources and the feed

    /**
     * Makes the resources of {@code scope} what {@code desired} says: an upsert for each that is new or whose
     * content hash changed (none for one that is unchanged), a delete with {@code reason} for each that is gone.
     */
    void reconcile(String scope, List<OriResource> desired, RemovalReason reason, Instant at) {
        Map<String, String> existing = new LinkedHashMap<>();
        jdbc.query("select resource_type, bronidentificatie, content_hash from ori_resource where scope = ? "
                        + "order by resource_type, bronidentificatie",
                rs -> {
                    existing.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
                }, scope);
        for (OriResource resource : desired) {
            String key = resource.type().name() + "/" + resource.bronidentificatie();
            String content = JSON.writeValueAsString(resource.content());
            String hash = hash(content);
            if (hash.equals(existing.remove(key))) {
                continue;
            }
            String url = (String) resource.content().get("url");
            long sequence = next();
            jdbc.update("""
                    insert into ori_feed_record (sequence_number, op, resource_type, organisatiecode, bronidentificatie,
                        resource_url, content_hash, content, stored_at, scope) values (?, 'upsert', ?, ?, ?, ?, ?, ?, ?, ?)""",
                    sequence, resource.type().name(), resource.organisatiecode(), resource.bronidentificatie(), url, hash,
                    content, Timestamp.from(at), scope);
            jdbc.update("""
                    insert into ori_resource (resource_type, bronidentificatie, scope, organisatiecode, resource_url,
                        content_hash, content, sequence_number) values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (resource_type, bronidentificatie) do update set scope = excluded.scope,
                        organisatiecode = excluded.organisatiecode, resource_url = excluded.resource_url,
                        content_hash = excluded.content_hash, content = excluded.content,
                        sequence_number = excluded.sequence_number""",
                    resource.type().name(), resource.bronidentificatie(), scope, resource.organisatiecode(), url, hash,
                    content, sequence);
        }
        for (String gone : existing.keySet()) {
            String[] key = gone.split("/", 2);
            Map<String, Object> row = jdbc.queryForMap("select organisatiecode, resource_url from ori_resource "
                    + "where resource_type = ? and bronidentificatie = ?", key[0], key[1]);
            jdbc.update("""
                    insert into ori_feed_record (sequence_number, op, resource_type, organisatiecode, bronidentificatie,
                        resource_url, verwijderreden, stored_at, scope) values (?, 'delete', ?, ?, ?, ?, ?, ?, ?)""",
                    next(), key[0], row.get("organisatiecode"), key[1], row.get("resource_url"), reason.code(),
                    Timestamp.from(at), scope);
            jdbc.update("delete from ori_resource where resource_type = ? and bronidentificatie = ?", key[0], key[1]);
        }
    }

    /**
     * Removes what {@code scope}'s resources ever said from the feed history: their upsert records are deleted
     * (the only gaps in the sequence numbers) and one redact record per resource names the numbers removed.
     * A scope with nothing left to remove gets no record.
     */
    void redact(String scope, Instant at) {
        record Upsert(String type, String id, String organisatiecode, String url, long number) {
        }
        record Removed(String type, String id, String organisatiecode, String url, List<Long> numbers) {
        }
        List<Upsert> upserts = jdbc.query("""
                select resource_type, bronidentificatie, organisatiecode, resource_url, sequence_number from ori_feed_record
                where scope = ? and op = 'upsert' order by resource_type, bronidentificatie, sequence_number""",
                (rs, n) -> new Upsert(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)),
                scope);
        Map<String, Removed> removed = new LinkedHashMap<>();
        for (Upsert upsert : upserts) {
            removed.computeIfAbsent(upsert.type() + "/" + upsert.id(), key -> new Removed(upsert.type(), upsert.id(),
                    upsert.organisatiecode(), upsert.url(), new ArrayList<>())).numbers().add(upsert.number());
        }
        for (Removed resource : removed.values()) {
            jdbc.update("delete from ori_feed_record where scope = ? and op = 'upsert' and resource_type = ? "
                    + "and bronidentificatie = ?", scope, resource.type(), resource.id());
            jdbc.update("""
                    insert into ori_feed_record (sequence_number, op, resource_type, organisatiecode, bronidentificatie,
                        resource_url, redacted, stored_at, scope) values (?, 'redact', ?, ?, ?, ?, ?, ?, ?)""",
                    next(), resource.type(), resource.organisatiecode(), resource.id(), resource.url(),
                    JSON.writeValueAsString(resource.numbers()), Timestamp.from(at), scope);
            jdbc.update("delete from ori_resource where resource_type = ? and bronidentificatie = ?", resource.type(),
                    resource.id());
        }
    }

    /** The next sequence number; the row lock this update takes is held until the transaction ends. */
    private long next() {
        return jdbc.queryForObject("update ori_feed_head set sequence_number = sequence_number + 1 where id = 1 "
                + "returning sequence_number", Long.class);
    }

    /** Empties every ORI table and raises the epoch, holding the head's lock so that no writer interleaves. */
    int clearForRebuild(Instant at) {
        int epoch = jdbc.queryForObject("update ori_feed_head set sequence_number = 0, epoch = epoch + 1, rebuilt_at = ? "
                + "where id = 1 returning epoch", Integer.class, Timestamp.from(at));
        jdbc.update("delete from ori_feed_record");
        jdbc.update("delete from ori_resource");
        jdbc.update("delete from ori_publication");
        return epoch;
    }

    // ---- reads (public)

    public long head() {
        return jdbc.queryForObject("select sequence_number from ori_feed_head where id = 1", Long.class);
    }

    public int epoch() {
        return jdbc.queryForObject("select epoch from ori_feed_head where id = 1", Integer.class);
    }

    public Optional<Instant> firstStoredAt() {
        return Optional.ofNullable(jdbc.queryForObject("select min(stored_at) from ori_feed_record", Timestamp.class))
                .map(Timestamp::toInstant);
    }

    /**
     * Records after {@code after}, at most {@code limit}, read up to the head as it was before they were read:
     * every record up to that head is committed, so a cursor may move to it even when a filter matched nothing.
     */
    public FeedPage feed(long after, int limit, String organisatiecode, OriResourceType type) {
        long head = head();
        int epoch = epoch();
        List<Object> args = new ArrayList<>(List.of(after, head));
        StringBuilder sql = new StringBuilder("select * from ori_feed_record where sequence_number > ? and sequence_number <= ?");
        if (organisatiecode != null) {
            sql.append(" and organisatiecode = ?");
            args.add(organisatiecode);
        }
        if (type != null) {
            sql.append(" and resource_type = ?");
            args.add(type.name());
        }
        sql.append(" order by sequence_number limit ?");
        args.add(limit + 1);
        List<FeedRecord> records = new ArrayList<>(jdbc.query(sql.toString(), RECORD, args.toArray()));
        boolean more = records.size() > limit;
        return new FeedPage(head, epoch, more ? records.subList(0, limit) : records, more);
    }

    /** The current resources after the key ({@code type/id}, or null from the start), as upsert records. */
    public SnapshotPage snapshot(String afterType, String afterId, int limit) {
        long head = head();
        int epoch = epoch();
        List<FeedRecord> records = new ArrayList<>(jdbc.query("""
                select r.sequence_number, 'upsert' as op, r.resource_type, r.organisatiecode, r.bronidentificatie,
                    r.resource_url, r.content_hash, r.content, f.stored_at, null as verwijderreden, null as redacted
                from ori_resource r join ori_feed_record f on f.sequence_number = r.sequence_number
                where (r.resource_type, r.bronidentificatie) > (?, ?)
                order by r.resource_type, r.bronidentificatie limit ?""", RECORD,
                afterType == null ? "" : afterType, afterId == null ? "" : afterId, limit + 1));
        boolean more = records.size() > limit;
        return new SnapshotPage(head, epoch, more ? records.subList(0, limit) : records, more);
    }

    public Optional<JsonNode> resource(OriResourceType type, String id) {
        return jdbc.query("select content from ori_resource where resource_type = ? and bronidentificatie = ?",
                (rs, n) -> JSON.readTree(rs.getString(1)), type.name(), id).stream().findFirst();
    }

    public List<JsonNode> resources(OriResourceType type, int offset, int limit) {
        return jdbc.query("select content from ori_resource where resource_type = ? order by bronidentificatie "
                + "offset ? limit ?", (rs, n) -> JSON.readTree(rs.getString(1)), type.name(), offset, limit);
    }

    private static final RowMapper<FeedRecord> RECORD = (rs, n) -> {
        OriResourceType type = OriResourceType.valueOf(rs.getString("resource_type"));
        String content = rs.getString("content");
        String redacted = rs.getString("redacted");
        return new FeedRecord(rs.getLong("sequence_number"), rs.getString("op"), type.feedName(),
                new FeedRecord.ResourceKey(rs.getString("organisatiecode"), rs.getString("bronidentificatie")),
                rs.getString("resource_url"), rs.getString("content_hash"), rs.getTimestamp("stored_at").toInstant(),
                rs.getString("verwijderreden"),
                redacted == null ? null : JSON.readValue(redacted, new TypeReference<List<Long>>() {
                }),
                content == null ? null : JSON.readTree(content));
    };

    static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
