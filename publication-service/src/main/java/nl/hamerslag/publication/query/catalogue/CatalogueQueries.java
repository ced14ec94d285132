package nl.hamerslag.publication.query.catalogue;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every read of the public channels. It reads the four public catalogue tables (V1) and nothing
 * else: what is not in them cannot be shown, so no query here needs to know what is confidential.
 * Reads of more than one statement run in one repeatable-read transaction, so that a withdrawal
 * (which deletes the row and writes the notice in one transaction) is seen whole or not at all.
 */
@Component
public class CatalogueQueries {

    /** The zone in which a publication moment falls on a day. */
    static final String ZONE = "Europe/Amsterdam";
    /** A sitemap file holds at most 50 000 URLs (sitemaps.org); more go into further files under an index. */
    public static final int SITEMAP_LIMIT = 50_000;

    private static final String COLUMNS = "p.publication_id, p.kind, p.title, p.summary, p.body, p.body_name, "
            + "p.meeting_id, p.meeting_date, p.decision_id, p.information_category, p.category_label, p.organisation, "
            + "p.organisation_name, p.adopted_on, p.version, p.redacted, p.first_published_at, p.published_at";
    private static final String NEWEST_FIRST = " order by p.published_at desc, p.publication_id";
    private static final String FIRST_PUBLISHED_FIRST = " order by p.first_published_at, p.publication_id";

    private final NamedParameterJdbcTemplate jdbc;

    public CatalogueQueries(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Publications that match, newest first, with their documents. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ResultPage<PublicPublication> search(SearchCriteria criteria) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(criteria, parameters);
        Long total = jdbc.queryForObject("select count(*) from public_publication p" + where, parameters, Long.class);
        parameters.addValue("limit", criteria.size()).addValue("offset", criteria.offset());
        List<PublicPublication> found = jdbc.query("select " + COLUMNS + " from public_publication p" + where
                + NEWEST_FIRST + " limit :limit offset :offset", parameters, PUBLICATION);
        return ResultPage.of(withDocuments(found), criteria.page(), criteria.size(), total == null ? 0 : total);
    }

    private static String where(SearchCriteria criteria, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        if (criteria.text() != null) {
            conditions.add("p.search @@ websearch_to_tsquery('dutch', :text)");
            parameters.addValue("text", criteria.text());
        }
        if (criteria.kind() != null) {
            conditions.add("p.kind = :kind");
            parameters.addValue("kind", criteria.kind());
        }
        if (criteria.body() != null) {
            conditions.add("p.body = :body");
            parameters.addValue("body", criteria.body().name());
        }
        if (criteria.category() != null) {
            conditions.add("p.information_category = :category");
            parameters.addValue("category", criteria.category().uri());
        }
        String day = criteria.dateField() == DateField.ADOPTED ? "p.adopted_on"
                : "(p.published_at at time zone '" + ZONE + "')::date";
        if (criteria.from() != null) {
            conditions.add(day + " >= :from");
            parameters.addValue("from", criteria.from());
        }
        if (criteria.to() != null) {
            conditions.add(day + " <= :to");
            parameters.addValue("to", criteria.to());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** One publication with its documents, if it is public now. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<PublicPublication> publication(UUID id) {
        List<PublicPublication> found = jdbc.query("select " + COLUMNS + " from public_publication p "
                + "where p.publication_id = :id", Map.of("id", id), PUBLICATION);
        return withDocuments(found).stream().findFirst();
    }

    /** The notice of a withdrawn publication, if it was withdrawn. */
    public Optional<WithdrawalNotice> withdrawal(UUID id) {
        return jdbc.query("select * from public_withdrawal where publication_id = :id", Map.of("id", id), WITHDRAWAL)
                .stream().findFirst();
    }

    /** Withdrawal notices, newest first. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ResultPage<WithdrawalNotice> withdrawals(int page, int size) {
        Long total = jdbc.queryForObject("select count(*) from public_withdrawal", Map.of(), Long.class);
        List<WithdrawalNotice> notices = jdbc.query("select * from public_withdrawal "
                        + "order by withdrawn_at desc, publication_id limit :limit offset :offset",
                Map.of("limit", size, "offset", (long) (page - 1) * size), WITHDRAWAL);
        return ResultPage.of(notices, page, size, total == null ? 0 : total);
    }

    /** Meetings that have public publications, the latest meeting first. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ResultPage<MeetingSummary> meetings(int page, int size) {
        Long total = jdbc.queryForObject("select count(distinct meeting_id) from public_publication "
                + "where meeting_id is not null", Map.of(), Long.class);
        List<MeetingSummary> meetings = jdbc.query("select meeting_id, max(meeting_date) as meeting_date, "
                        + "max(body) as body, max(body_name) as body_name, count(*) as publications "
                        + "from public_publication where meeting_id is not null group by meeting_id "
                        + "order by max(meeting_date) desc nulls last, meeting_id limit :limit offset :offset",
                Map.of("limit", size, "offset", (long) (page - 1) * size),
                (rs, n) -> new MeetingSummary(rs.getString("meeting_id"), date(rs, "meeting_date"),
                        rs.getString("body"), rs.getString("body_name"), rs.getInt("publications")));
        return ResultPage.of(meetings, page, size, total == null ? 0 : total);
    }

    /** A meeting with every public publication about it, if it has any. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<PublicMeeting> meeting(String meetingId) {
        List<PublicPublication> publications = withDocuments(jdbc.query("select " + COLUMNS
                + " from public_publication p where p.meeting_id = :meeting" + NEWEST_FIRST,
                Map.of("meeting", meetingId), PUBLICATION));
        if (publications.isEmpty()) {
            return Optional.empty();
        }
        PublicPublication any = publications.get(0);
        return Optional.of(new PublicMeeting(meetingId, any.meetingDate(), any.body(), any.bodyName(), publications));
    }

    /**
     * The bytes of a public document copy, only while a public publication names the hash: a copy
     * whose publication was withdrawn (or never public) is not served, even if its bytes are still stored.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<DocumentContent> document(String sha256) {
        return jdbc.query("select c.sha256, c.media_type, c.content, d.name from public_document_content c "
                        + "join lateral (select name from public_document where sha256 = c.sha256 "
                        + "order by publication_id, position limit 1) d on true where c.sha256 = :sha256",
                Map.of("sha256", sha256), (rs, n) -> new DocumentContent(rs.getString("sha256"),
                        rs.getString("media_type"), rs.getString("name"), rs.getBytes("content")))
                .stream().findFirst();
    }

    /** The newest publications, for the feed. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<PublicPublication> latest(int limit) {
        return withDocuments(jdbc.query("select " + COLUMNS + " from public_publication p" + NEWEST_FIRST
                + " limit :limit", Map.of("limit", limit), PUBLICATION));
    }

    /** The newest withdrawal notices, for the feed. */
    public List<WithdrawalNotice> latestWithdrawals(int limit) {
        return withdrawals(1, limit).items();
    }

    /** The sitemap files the public publications fill, at most {@link #SITEMAP_LIMIT} URLs each; none when empty. */
    public List<SitemapPage> sitemapPages() {
        return SitemapPages.split(jdbc.query("select p.publication_id, p.first_published_at, p.published_at, "
                + "1 + (select count(*) from public_document d where d.publication_id = p.publication_id) as urls "
                + "from public_publication p" + FIRST_PUBLISHED_FIRST, Map.of(), (rs, n) -> new SitemapPages.Entry(
                new SitemapPage.Key(instant(rs, "first_published_at"), rs.getObject("publication_id", UUID.class)),
                rs.getInt("urls"), instant(rs, "published_at"))), SITEMAP_LIMIT);
    }

    /** The publications of one sitemap file, with their documents, oldest first publication first. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<PublicPublication> forSitemap(SitemapPage page) {
        // a key range rather than a list of ids: a file holds up to 50 000 publications, more than a
        // statement may bind
        String range = " where (p.first_published_at, p.publication_id) >= (:fromTime, :fromId)"
                + " and (p.first_published_at, p.publication_id) <= (:toTime, :toId)";
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("fromTime", OffsetDateTime.ofInstant(page.first().firstPublishedAt(), ZoneOffset.UTC))
                .addValue("fromId", page.first().publicationId())
                .addValue("toTime", OffsetDateTime.ofInstant(page.last().firstPublishedAt(), ZoneOffset.UTC))
                .addValue("toId", page.last().publicationId());
        List<PublicPublication> publications = jdbc.query("select " + COLUMNS + " from public_publication p" + range
                + FIRST_PUBLISHED_FIRST, parameters, PUBLICATION);
        Map<UUID, List<PublicDocument>> documents = new LinkedHashMap<>();
        publications.forEach(p -> documents.put(p.id(), new ArrayList<>()));
        jdbc.query("select d.* from public_document d join public_publication p using (publication_id)" + range
                + " order by d.publication_id, d.position", parameters, rs -> {
                    // one snapshot (repeatable read): every document's publication was read above
                    documents.get(rs.getObject("publication_id", UUID.class)).add(PublicDocument.of(rs.getInt("position"),
                            rs.getString("name"), rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256")));
                });
        return publications.stream().map(p -> p.withDocuments(documents.get(p.id()))).toList();
    }

    private List<PublicPublication> withDocuments(List<PublicPublication> publications) {
        if (publications.isEmpty()) {
            return publications;
        }
        Map<UUID, List<PublicDocument>> documents = new LinkedHashMap<>();
        publications.forEach(p -> documents.put(p.id(), new ArrayList<>()));
        jdbc.query("select * from public_document where publication_id in (:ids) order by publication_id, position",
                Map.of("ids", documents.keySet()), rs -> {
                    documents.get(rs.getObject("publication_id", UUID.class)).add(PublicDocument.of(rs.getInt("position"),
                            rs.getString("name"), rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256")));
                });
        return publications.stream().map(p -> p.withDocuments(documents.get(p.id()))).toList();
    }

    private static final RowMapper<PublicPublication> PUBLICATION = (rs, n) -> new PublicPublication(
            rs.getObject("publication_id", UUID.class), rs.getString("kind"), rs.getString("title"),
            rs.getString("summary"), rs.getString("body"), rs.getString("body_name"), rs.getString("meeting_id"),
            date(rs, "meeting_date"), rs.getString("decision_id"), rs.getString("information_category"),
            rs.getString("category_label"), rs.getString("organisation"), rs.getString("organisation_name"),
            date(rs, "adopted_on"), rs.getInt("version"), rs.getBoolean("redacted"),
            instant(rs, "first_published_at"), instant(rs, "published_at"), List.of());

    private static final RowMapper<WithdrawalNotice> WITHDRAWAL = (rs, n) -> new WithdrawalNotice(
            rs.getObject("publication_id", UUID.class), rs.getString("kind"), rs.getString("title"),
            rs.getString("reason"), instant(rs, "withdrawn_at"));

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
