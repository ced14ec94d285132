package nl.hamerslag.drafting.content;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.platform.audit.AttachmentCheck;
import nl.hamerslag.platform.audit.DossierDocuments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * A dossier's attachments re-hashed for the auditor's verify: every version any of its versions or its
 * current draft names, from the bytes held now.
 */
@Component
public class AttachmentIntegrity implements DossierDocuments {

    private final JdbcTemplate jdbc;
    private final ContentStore store;

    public AttachmentIntegrity(JdbcTemplate jdbc, ContentStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public List<AttachmentCheck> check(UUID proposalId) {
        List<String[]> named = jdbc.query("""
                select sha256, min(name) as name from (
                    select sha256, name from attachment_view where proposal_id = ?
                    union all
                    select sha256, name from proposal_version_attachment where proposal_id = ?) named
                 group by sha256 order by sha256""",
                (row, n) -> new String[]{row.getString("sha256"), row.getString("name")}, proposalId, proposalId);
        return named.stream().map(attachment -> check(attachment[0], attachment[1])).toList();
    }

    private AttachmentCheck check(String sha256, String name) {
        ContentHash expected = ContentHash.of(sha256);
        if (store.find(expected).isEmpty()) {
            return new AttachmentCheck(sha256, name, false, "no content is held for this hash");
        }
        ContentHash actual = store.rehash(expected);
        return actual.equals(expected)
                ? new AttachmentCheck(sha256, name, true, null)
                : new AttachmentCheck(sha256, name, false, "the bytes held have SHA-256 " + actual.value());
    }
}
