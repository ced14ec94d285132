package nl.hamerslag.platform.audit;

import tools.jackson.databind.JsonNode;

/**
 * One stored event as an auditor sees it: what, by whom in which role, when, why (correlation and
 * causation), and where it stands in its stream's chain and in the service's tree.
 *
 * @param type          the payload type's simple name ({@code ProposalSubmitted})
 * @param payloadType   the payload type as stored (class name)
 * @param payload       the payload as stored, as JSON
 * @param hash          this event's link in its stream's hash chain
 * @param previousHash  the previous event's link (null for the first)
 * @param hashVersion   the canonical form the link was made with (1 for events stored before version 2)
 * @param leafIndex     its leaf in the service's Merkle tree, or null while no tree head covers it yet
 * @param storedPayload  the payload column's bytes exactly as stored (base64 in JSON): with the other columns here
 *                       and {@code storedMetadata} an auditor recomputes the leaf hash offline, and so checks that
 *                       the readable fields above are the stored ones
 * @param storedMetadata the metadata column's bytes exactly as stored (base64 in JSON; null when the row has none)
 */
public record AuditedEvent(long sequenceNumber, long globalIndex, String eventIdentifier, String type,
                           String payloadType, String payloadRevision, JsonNode payload, String timestamp,
                           String actorSubject, String actorName, String actorRole, String correlationId,
                           String causationId, String hash, String previousHash, String hashVersion, Long leafIndex,
                           byte[] storedPayload, byte[] storedMetadata) {
}
