package nl.hamerslag.platform.eventstore;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.platform.MetadataKeys;

import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical form of a stored event: the fields exactly as the event table holds them, with the
 * metadata sorted by key and without the hash itself. Two versions exist (ADR 35):
 * <ul>
 *   <li><b>2</b> (every event stored since; metadata {@value MetadataKeys#HASH_VERSION} = 2): length-prefixed
 *   fields ({@link CanonicalBytes}) including the aggregate type; the link is
 *   {@code SHA-256(tagged(previous link, canonical bytes))}. A metadata value can hold any character without
 *   forging another key.</li>
 *   <li><b>1</b> (rows stored before, no version in their metadata): newline-joined text, {@code key=value}
 *   metadata lines; the link is {@code SHA-256(previous link + "\n" + text)}. Only ever recomputed, never
 *   written again, so old rows stay verifiable.</li>
 * </ul>
 * The global index is assigned by the database at insert, after the link is made; it is covered by
 * the Merkle tree's leaf instead ({@code nl.hamerslag.platform.audit.EventLeaf}).
 */
record CanonicalEvent(String aggregateType, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                      String timestamp, String payloadType, String payloadRevision, byte[] payload,
                      Map<String, ?> metadata) {

    static final String CURRENT_VERSION = "2";

    String link(String previousLink) {
        Object version = metadata.get(MetadataKeys.HASH_VERSION);
        if (version == null) {
            return legacyLink(previousLink);
        }
        if (!CURRENT_VERSION.equals(version.toString())) {
            throw new IllegalArgumentException("unknown hash version " + version + " of event " + eventIdentifier);
        }
        CanonicalBytes bytes = CanonicalBytes.tagged("hamerslag-event-link-v2")
                .text(previousLink == null ? "" : previousLink)
                .text(aggregateType)
                .text(aggregateIdentifier)
                .number(sequenceNumber)
                .text(eventIdentifier)
                .text(timestamp)
                .text(payloadType)
                .text(payloadRevision)
                .bytes(payload);
        Map<String, ?> sorted = new TreeMap<>(metadata);
        sorted.remove(MetadataKeys.HASH);
        bytes.number(sorted.size());
        sorted.forEach((key, value) -> bytes.text(key).text(value == null ? null : value.toString()));
        return HexFormat.of().formatHex(bytes.sha256());
    }

    /** Version 1, kept only to verify rows stored before version 2: its metadata lines are ambiguous. */
    private String legacyLink(String previousLink) {
        StringBuilder text = new StringBuilder()
                .append(aggregateIdentifier).append('\n')
                .append(sequenceNumber).append('\n')
                .append(eventIdentifier).append('\n')
                .append(timestamp).append('\n')
                .append(payloadType).append('\n')
                .append(payloadRevision == null ? "" : payloadRevision).append('\n')
                .append(ContentHash.sha256(payload).value());
        new TreeMap<>(metadata).forEach((key, value) -> {
            if (!MetadataKeys.HASH.equals(key)) {
                text.append('\n').append(key).append('=').append(value);
            }
        });
        return ContentHash.sha256((previousLink == null ? "" : previousLink) + "\n" + text).value();
    }
}
