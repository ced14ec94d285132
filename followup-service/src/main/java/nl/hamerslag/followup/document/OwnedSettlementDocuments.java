package nl.hamerslag.followup.document;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.platform.documents.OwnedDocument;
import nl.hamerslag.platform.documents.OwnedDocuments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Settlement letters and answers as follow-up serves them to other services by hash (a publication
 * of the settlement). The table keeps bytes once per hash, whatever they were uploaded as, so no
 * file name is offered; the events carry it.
 */
@Component
class OwnedSettlementDocuments implements OwnedDocuments {

    private final JdbcTemplate jdbc;

    OwnedSettlementDocuments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OwnedDocument> find(ContentHash sha256) {
        return jdbc.query("select media_type, content from settlement_document where sha256 = ?",
                (rs, n) -> OwnedDocument.of(sha256, rs.getString(1), null, rs.getBytes(2)), sha256.value())
                .stream().findFirst();
    }
}
