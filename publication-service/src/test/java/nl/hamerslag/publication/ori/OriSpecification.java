package nl.hamerslag.publication.ori;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ORI OpenAPI document from src/test/resources/ori as a response validator (Atlassian's
 * swagger-request-validator): the answers of our ORI endpoints are checked against the published schemas,
 * not against field checks of our own. The documents' references to VNG's common.yaml on GitHub (headers
 * and error responses only) are replaced by local stubs, since the build machines cannot fetch them.
 */
final class OriSpecification {

    private final OpenApiInteractionValidator validator;

    private OriSpecification(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    static OriSpecification load(String file) {
        Map<String, Object> document;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(20 * 1024 * 1024);
        try (InputStream in = OriSpecification.class.getResourceAsStream("/ori/" + file)) {
            if (in == null) {
                throw new IllegalStateException("src/test/resources/ori/" + file + " is missing");
            }
            document = new Yaml(options).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object local = localise(document, null);
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) local;
        spec.put("servers", List.of(Map.of("url", "/api/public/ori/v1")));
        String json = JsonMapper.builder().build().writeValueAsString(spec);
        // OpenAPI 3.0 allows properties a schema does not name unless it says additionalProperties: false; the
        // validator's stricter default would refuse mini-ORI's fields (wooInformatiecategorie, webpaginaLink) on
        // the ORI 2.0 schemas, which do not name them. Every other check stays at its default level (ERROR).
        return new OriSpecification(OpenApiInteractionValidator.createForInlineApiSpecification(json)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE).build())
                .build());
    }

    /** The problems of a 200 JSON answer to GET {@code path} (a path under /api/public/ori/v1); empty when valid. */
    ValidationReport validate(String path, String body) {
        return validator.validateResponse(path, Request.Method.GET,
                SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build());
    }

    /** Replaces every $ref to another file with a stub of what it stood for: a header, or a response. */
    @SuppressWarnings("unchecked")
    private static Object localise(Object node, String parentKey) {
        if (node instanceof Map<?, ?> map) {
            Object ref = map.get("$ref");
            if (ref instanceof String target && !target.startsWith("#")) {
                Map<String, Object> stub = new LinkedHashMap<>();
                if (target.contains("/headers/")) {
                    stub.put("schema", Map.of("type", "string"));
                } else {
                    stub.put("description", "stub for " + target.substring(target.lastIndexOf('/') + 1));
                }
                return stub;
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            // response codes are numbers in YAML; JSON keys are text
            map.forEach((key, value) -> copy.put(String.valueOf(key), localise(value, String.valueOf(key))));
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(item -> localise(item, parentKey)).toList();
        }
        return node;
    }
}
