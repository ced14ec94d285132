package nl.hamerslag.test.hostile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Valid-looking values from a schema, so that in each hostile request only the field under attack
 * is wrong: a known value for the name (an existing id, from the service's test), else the schema's
 * example, default or first enum value, else something of the right type and format. Optional
 * properties without an example are left out of a body: a made-up value (a random related id) would
 * get the request refused for the wrong reason.
 */
final class ValidValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, String> known;

    ValidValues(Map<String, String> known) {
        this.known = known;
    }

    String text(String name, JsonNode schema) {
        JsonNode value = value(name, schema);
        return value.isString() ? value.asString() : value.toString();
    }

    JsonNode value(String name, JsonNode schema) {
        if (known.containsKey(name)) {
            return NODES.stringNode(known.get(name));
        }
        if (schema == null || schema.isMissingNode()) {
            return NODES.stringNode("tekst");
        }
        for (String key : new String[]{"example", "default"}) {
            if (schema.has(key) && !schema.get(key).isNull()) {
                return schema.get(key);
            }
        }
        if (schema.path("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        if (schema.path("enum").isArray() && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        return switch (type(schema)) {
            case "integer", "number" -> NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> NODES.arrayNode().add(value(name, schema.path("items")));
            case "object" -> object(schema);
            default -> NODES.stringNode(formatted(schema.path("format").asString("")));
        };
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode propertySchema = property.getValue();
            if (required.contains(property.getKey()) || known.containsKey(property.getKey())
                    || propertySchema.has("example") || propertySchema.has("examples")) {
                object.set(property.getKey(), value(property.getKey(), propertySchema));
            }
        }
        return object;
    }

    private static String formatted(String format) {
        return switch (format) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> "2026-03-10";
            case "date-time" -> "2026-03-10T10:00:00Z";
            case "email" -> "anna@example.org";
            case "uri" -> "https://example.org/";
            default -> "tekst";
        };
    }

    /** The schema's type; OpenAPI 3.1 may give a list such as {@code ["string", "null"]}. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    static ArrayNode emptyArray() {
        return NODES.arrayNode();
    }
}
