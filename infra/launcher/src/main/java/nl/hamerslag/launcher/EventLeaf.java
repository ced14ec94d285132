package nl.hamerslag.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * An event file of a bundle against the row it claims to be: its Merkle leaf recomputed from the stored
 * columns in the file (ADR 35: tag, global index, event id, aggregate id, sequence, aggregate type, time,
 * payload type and revision, SHA-256 of the payload bytes and of the metadata bytes, each length-prefixed),
 * and its readable fields (type, payload, actor, correlation, chain hash) against those stored bytes. So
 * neither the stored columns nor what a reader reads can change without the signed tree showing it.
 * Written apart from the platform's StoredEventRow on purpose; the golden file of real rows keeps the two
 * in step (BundleVerifierTest, and the platform's AuditAnswerLeafTest).
 */
final class EventLeaf {

    static final String LEAF_TAG = "hamerslag-event-leaf-v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Readable fields that are copies of a metadata entry of the same name. */
    private static final List<String> FROM_METADATA = List.of("actorSubject", "actorName", "actorRole", "correlationId",
            "causationId", "hash");
    /**
     * Every field an event file may hold: the service's answer (AuditedEvent) and where the gateway put it. A
     * field beyond these could say anything unchecked, so it is a finding; a new field needs a check here first.
     */
    private static final java.util.Set<String> KNOWN_FIELDS = java.util.Set.of("sequenceNumber", "globalIndex",
            "eventIdentifier", "type", "payloadType", "payloadRevision", "payload", "timestamp", "actorSubject",
            "actorName", "actorRole", "correlationId", "causationId", "hash", "previousHash", "hashVersion", "leafIndex",
            "storedPayload", "storedMetadata", "service", "aggregateId", "aggregateType");

    private EventLeaf() {
    }

    /** RFC 9162 leaf hash, SHA-256(0x00 || leaf data), of the row the event file holds. */
    static byte[] leafHash(JsonNode event) {
        byte[] metadata = storedMetadata(event);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.write(0);
        text(data, LEAF_TAG);
        number(data, event.path("globalIndex").asLong());
        text(data, textOrNull(event, "eventIdentifier"));
        text(data, textOrNull(event, "aggregateId"));
        number(data, event.path("sequenceNumber").asLong());
        text(data, textOrNull(event, "aggregateType"));
        text(data, textOrNull(event, "timestamp"));
        text(data, textOrNull(event, "payloadType"));
        text(data, textOrNull(event, "payloadRevision"));
        bytes(data, sha256(storedPayload(event)));
        bytes(data, metadata == null ? null : sha256(metadata));
        return sha256(data.toByteArray());
    }

    /**
     * Whether the file holds the stored columns a leaf needs, so that {@link #leafHash} can be computed; a
     * file without them cannot be bound to its leaf at all.
     */
    static String missingStoredColumns(JsonNode event) {
        for (String field : List.of("globalIndex", "eventIdentifier", "aggregateId", "sequenceNumber", "aggregateType",
                "timestamp", "payloadType", "storedPayload")) {
            if (event.path(field).isMissingNode() || event.path(field).isNull()) {
                return field;
            }
        }
        try {
            storedPayload(event);
            storedMetadata(event);
        } catch (IllegalArgumentException notBase64) {
            return "storedPayload or storedMetadata (not base64: " + notBase64.getMessage() + ")";
        }
        return null;
    }

    /** Every readable field whose value is not what the stored bytes say; empty when the file tells the truth. */
    static List<String> readableDisagreements(JsonNode event) {
        List<String> wrong = new ArrayList<>();
        event.fieldNames().forEachRemaining(field -> {
            if (!KNOWN_FIELDS.contains(field)) {
                wrong.add("field " + field + " is not part of a stored event and is checked by nothing");
            }
        });
        String payloadType = textOrNull(event, "payloadType");
        if (payloadType != null && !simpleName(payloadType).equals(textOrNull(event, "type"))) {
            wrong.add("type " + event.path("type") + " is not the stored payload type " + payloadType);
        }
        if (!storedPayloadAsJson(storedPayload(event)).equals(event.path("payload"))) {
            wrong.add("payload is not the stored payload");
        }
        Map<String, JsonNode> metadata = metadataEntries(storedMetadata(event));
        for (String field : FROM_METADATA) {
            JsonNode stored = metadata.get(field);
            String storedText = stored == null || stored.isNull() ? null : stored.asText();
            if (!java.util.Objects.equals(storedText, textOrNull(event, field))) {
                wrong.add(field + " " + event.path(field) + " is not the stored " + (storedText == null ? "absence of it"
                        : "\"" + storedText + "\""));
            }
        }
        JsonNode version = metadata.get("hashVersion");
        String storedVersion = version == null || version.isNull() ? "1" : version.asText();
        if (!storedVersion.equals(textOrNull(event, "hashVersion"))) {
            wrong.add("hashVersion " + event.path("hashVersion") + " is not the stored " + storedVersion);
        }
        return wrong;
    }

    /** The metadata's chain link ({@code hash}), as stored; null when the row has none. */
    static String storedLink(JsonNode event) {
        JsonNode hash = metadataEntries(storedMetadata(event)).get("hash");
        return hash == null || hash.isNull() ? null : hash.asText();
    }

    /** The payload as the service shows it: its JSON, or for bytes that are no JSON the text they are. */
    private static JsonNode storedPayloadAsJson(byte[] payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            return node == null ? TextNode.valueOf("") : node;
        } catch (IOException notJson) {
            // the service shows a payload of another serializer as its text (AuditTrail); so must we
            return TextNode.valueOf(new String(payload, StandardCharsets.UTF_8));
        }
    }

    /**
     * The stored metadata's entries. Axon's Jackson serializer writes MetaData as a JSON object; an
     * unreadable one has no entries, and every readable copy of an entry then disagrees with it.
     */
    private static Map<String, JsonNode> metadataEntries(byte[] metadata) {
        if (metadata == null) {
            return Map.of();
        }
        try {
            JsonNode node = JSON.readTree(metadata);
            if (node == null || !node.isObject()) {
                return Map.of();
            }
            Map<String, JsonNode> entries = new java.util.HashMap<>();
            node.fields().forEachRemaining(entry -> entries.put(entry.getKey(), entry.getValue()));
            return entries;
        } catch (IOException unreadable) {
            // the leaf still covers the bytes; that they say nothing readable shows as disagreements
            return Map.of();
        }
    }

    private static byte[] storedPayload(JsonNode event) {
        return Base64.getDecoder().decode(event.path("storedPayload").asText());
    }

    private static byte[] storedMetadata(JsonNode event) {
        JsonNode metadata = event.path("storedMetadata");
        return metadata.isNull() || metadata.isMissingNode() ? null : Base64.getDecoder().decode(metadata.asText());
    }

    static String simpleName(String type) {
        int dot = type.lastIndexOf('.');
        String name = dot < 0 ? type : type.substring(dot + 1);
        int dollar = name.lastIndexOf('$');
        return dollar < 0 ? name : name.substring(dollar + 1);
    }

    private static String textOrNull(JsonNode event, String field) {
        JsonNode node = event.path(field);
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    private static void text(ByteArrayOutputStream out, String value) {
        bytes(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            out.writeBytes(value);
        }
    }

    private static void number(ByteArrayOutputStream out, long value) {
        out.writeBytes(ByteBuffer.allocate(8).putLong(value).array());
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
