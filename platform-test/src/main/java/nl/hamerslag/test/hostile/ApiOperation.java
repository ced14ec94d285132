package nl.hamerslag.test.hostile;

import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * One operation of a service's OpenAPI document, with its schemas resolved.
 *
 * @param body the request body's media type and schema; null when it takes none
 * @param probe true for the requests the harness adds beyond the document (health, docs, unknown paths)
 */
public record ApiOperation(String method, String path, List<Parameter> parameters, Body body, boolean probe) {

    /** A path, query or header parameter. */
    public record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    public record Body(String mediaType, JsonNode schema) {

        boolean isMultipart() {
            return mediaType.startsWith("multipart/");
        }
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
