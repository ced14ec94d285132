package nl.hamerslag.platform.eventstore;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.platform.MetadataKeys;

import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical form of a stored event: the fields exactly as the event table holds them, in a
 * fixed order, with the metadata sorted by key and without the hash itself. The chain link is
 * {@code SHA-256(previous link + "\n" + canonical form)}; the first event's previous link is empty.
 */
record CanonicalEvent(String aggregateIdentifier, long sequenceNumber, String eventIdentifier, String timestamp,
                      String payloadType, String payloadRevision, byte[] payload, Map<String, ?> metadata) {

    String text() {
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
        return text.toString();
    }

    String link(String previousLink) {
        return ContentHash.sha256((previousLink == null ? "" : previousLink) + "\n" + text()).value();
    }
}
