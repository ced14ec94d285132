package nl.hamerslag.test.hostile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A service's {@code /v3/api-docs}, read as the operations a client can call. */
final class OpenApiDocument {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final List<String> BODY_TYPES = List.of("application/json", "multipart/form-data");

    private final JsonNode document;

    OpenApiDocument(String json) {
        this.document = JsonMapper.builder().build().readTree(json);
        if (!document.has("openapi")) {
            // a harness that found nothing to attack would pass without testing anything
            throw new IllegalStateException("/v3/api-docs is not an OpenAPI document: "
                    + json.substring(0, Math.min(200, json.length())));
        }
    }

    List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(new ApiOperation(method.toUpperCase(Locale.ROOT), path.getKey(),
                            parameters(path.getValue(), operation), body(operation), false));
                }
            }
        }
        return operations;
    }

    private List<ApiOperation.Parameter> parameters(JsonNode path, JsonNode operation) {
        List<ApiOperation.Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(path.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = resolve(parameter);
                parameters.add(new ApiOperation.Parameter(resolved.path("name").asString(), resolved.path("in").asString(),
                        resolve(resolved.path("schema")), resolved.path("required").asBoolean(false)));
            }
        }
        return parameters;
    }

    /** JSON if the operation takes it (also a merge patch), else multipart, else the first type named. */
    private ApiOperation.Body body(JsonNode operation) {
        JsonNode content = resolve(operation.path("requestBody")).path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return null;
        }
        for (String type : BODY_TYPES) {
            if (content.has(type)) {
                return new ApiOperation.Body(type, resolve(content.get(type).path("schema")));
            }
        }
        Map.Entry<String, JsonNode> first = content.properties().iterator().next();
        return new ApiOperation.Body(first.getKey(), resolve(first.getValue().path("schema")));
    }

    /** Follows {@code $ref}s, also inside properties and items, so the harness sees plain schemas. */
    JsonNode resolve(JsonNode node) {
        return resolve(node, 0);
    }

    private JsonNode resolve(JsonNode node, int depth) {
        if (node == null || node.isMissingNode() || depth > 10) {
            return node;
        }
        JsonNode target = node;
        while (target.has("$ref")) {
            String ref = target.get("$ref").asString();
            target = document.at(ref.substring(1));
        }
        if (!target.isObject()) {
            return target;
        }
        ObjectNode copy = ((ObjectNode) target).deepCopy();
        if (copy.has("properties")) {
            ObjectNode properties = copy.putObject("properties");
            for (Map.Entry<String, JsonNode> property : target.get("properties").properties()) {
                properties.set(property.getKey(), resolve(property.getValue(), depth + 1));
            }
        }
        if (copy.has("items")) {
            copy.set("items", resolve(target.get("items"), depth + 1));
        }
        return copy;
    }
}
