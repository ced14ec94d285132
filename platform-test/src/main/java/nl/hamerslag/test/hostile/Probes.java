package nl.hamerslag.test.hostile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Requests outside the OpenAPI document that every service answers: its health and documents, the
 * error page, and unknown paths under /api with each method and kind of body. Every service has
 * them from its first day, so these are also how a service without operations yet is attacked.
 */
final class Probes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Probes() {
    }

    static List<ApiOperation> operations() {
        ApiOperation.Parameter query = new ApiOperation.Parameter("q", "query", schema("{\"type\":\"string\"}"), false);
        ApiOperation.Parameter segment = new ApiOperation.Parameter("x", "path", schema("{\"type\":\"string\"}"), true);
        ApiOperation.Body json = new ApiOperation.Body("application/json", schema(
                "{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"},\"on\":{\"type\":\"string\",\"format\":\"date\"}}}"));
        ApiOperation.Body upload = new ApiOperation.Body("multipart/form-data", schema(
                "{\"type\":\"object\",\"properties\":{\"file\":{\"type\":\"string\",\"format\":\"binary\"},\"note\":{\"type\":\"string\"}}}"));
        return List.of(
                new ApiOperation("GET", "/actuator/health", List.of(query), null, true),
                new ApiOperation("GET", "/actuator/info", List.of(query), null, true),
                new ApiOperation("GET", "/v3/api-docs", List.of(query), null, true),
                new ApiOperation("GET", "/error", List.of(query), null, true),
                new ApiOperation("GET", "/{x}", List.of(segment, query), null, true),
                new ApiOperation("GET", "/api/hostile-probe/{x}", List.of(segment, query), null, true),
                new ApiOperation("POST", "/api/hostile-probe", List.of(query), json, true),
                new ApiOperation("DELETE", "/api/hostile-probe/{x}", List.of(segment), null, true),
                new ApiOperation("PUT", "/api/hostile-probe/{x}", List.of(segment), upload, true));
    }

    private static JsonNode schema(String json) {
        return JSON.readTree(json);
    }
}
