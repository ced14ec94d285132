package nl.hamerslag.publication.ori;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * One record of the ORI publication feed. {@code upsert} carries the resource's whole state in {@code data}
 * (replace, never merge); {@code delete} its coded {@code verwijderreden}; {@code redact} the sequence numbers
 * of the earlier records of the resource that it removed from the history.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedRecord(long sequenceNumber, String op, String resourceType, ResourceKey resource, String resourceUrl,
                         String contentHash, Instant storedAt, String verwijderreden,
                         List<Long> redactedSequenceNumbers, JsonNode data) {

    /** Which resource: the organisation's TOOI code and our own id. */
    public record ResourceKey(String organisatiecode, String bronidentificatie) {
    }
}
