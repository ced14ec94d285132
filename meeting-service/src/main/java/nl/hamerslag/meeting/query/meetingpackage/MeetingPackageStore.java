package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.meeting.PackageVariant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored package versions in the meeting database: written once per version and variant, never
 * changed (the table's trigger refuses it), read by version.
 */
@Component
public class MeetingPackageStore {

    private final JdbcTemplate jdbc;

    public MeetingPackageStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int lastVersion(String meetingId) {
        Integer last = jdbc.queryForObject("select coalesce(max(version), 0) from meeting_package where meeting_id = ?",
                Integer.class, meetingId);
        return last == null ? 0 : last;
    }

    /** Stores every variant of one version; a version already stored makes this fail (primary key). */
    public void insert(String meetingId, List<CompiledPackage> variants, Instant compiledAt, String compiledBy) {
        for (CompiledPackage p : variants) {
            jdbc.update("""
                    insert into meeting_package (meeting_id, version, variant, pdf, pdf_sha256, manifest, manifest_sha256,
                        page_count, documents, new_documents, compiled_at, compiled_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    meetingId, p.version(), p.variant().name(), p.pdf(), p.pdfSha256().value(), p.manifest(),
                    p.manifestSha256().value(), p.pageCount(), p.content().documents().size(), p.content().addendum().size(),
                    Timestamp.from(compiledAt), compiledBy);
        }
    }

    public List<PackageVersionView> versions(String meetingId) {
        List<Row> rows = jdbc.query("""
                select version, variant, pdf_sha256, manifest_sha256, page_count, documents, new_documents, compiled_at,
                    compiled_by
                from meeting_package where meeting_id = ? order by version, variant""", (rs, n) -> new Row(
                rs.getInt("version"), rs.getTimestamp("compiled_at").toInstant(), rs.getString("compiled_by"),
                new PackageVersionView.Variant(PackageVariant.valueOf(rs.getString("variant")), rs.getString("pdf_sha256"),
                        rs.getString("manifest_sha256"), rs.getInt("page_count"), rs.getInt("documents"),
                        rs.getInt("new_documents"))), meetingId);
        Map<Integer, List<Row>> byVersion = new LinkedHashMap<>();
        rows.forEach(row -> byVersion.computeIfAbsent(row.version(), v -> new ArrayList<>()).add(row));
        return byVersion.values().stream().map(variants -> new PackageVersionView(meetingId, variants.get(0).version(),
                variants.get(0).compiledAt(), variants.get(0).compiledBy(),
                variants.stream().map(Row::variant).toList())).toList();
    }

    private record Row(int version, Instant compiledAt, String compiledBy, PackageVersionView.Variant variant) {
    }

    public Optional<PackageVersionView> version(String meetingId, int version) {
        return versions(meetingId).stream().filter(v -> v.version() == version).findFirst();
    }

    public Optional<StoredPackageFile> pdf(String meetingId, int version, PackageVariant variant) {
        return file("pdf", "pdf_sha256", meetingId, version, variant);
    }

    public Optional<StoredPackageFile> manifest(String meetingId, int version, PackageVariant variant) {
        return file("manifest", "manifest_sha256", meetingId, version, variant);
    }

    /** The stored PDF with this hash; each is unique (its file identifier names meeting, version and variant). */
    public Optional<PackageFileByHash> pdfWithHash(ContentHash sha256) {
        return fileWithHash("pdf", "pdf_sha256", sha256);
    }

    public Optional<PackageFileByHash> manifestWithHash(ContentHash sha256) {
        return fileWithHash("manifest", "manifest_sha256", sha256);
    }

    private Optional<PackageFileByHash> fileWithHash(String column, String hashColumn, ContentHash sha256) {
        return jdbc.query("select meeting_id, version, variant, " + column + " from meeting_package where " + hashColumn
                        + " = ? order by meeting_id, version, variant limit 1",
                (rs, n) -> new PackageFileByHash(rs.getString(1), rs.getInt(2), PackageVariant.valueOf(rs.getString(3)),
                        rs.getBytes(4)), sha256.value()).stream().findFirst();
    }

    private Optional<StoredPackageFile> file(String column, String hashColumn, String meetingId, int version,
                                             PackageVariant variant) {
        return jdbc.query("select " + column + ", " + hashColumn + " from meeting_package "
                        + "where meeting_id = ? and version = ? and variant = ?",
                (rs, n) -> new StoredPackageFile(rs.getBytes(1), rs.getString(2)), meetingId, version, variant.name())
                .stream().findFirst();
    }
}
