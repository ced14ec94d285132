package nl.hamerslag.publication.zgw;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import nl.hamerslag.test.ApiResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * One of the ZGW OpenAPI documents (src/test/resources/zgw, copied from shared/specs) as a response
 * validator: Atlassian's swagger-request-validator checks status, content type, headers and the body
 * against the schema of the operation. A field the schema does not name is an error too, so a
 * misspelt field cannot pass as an extra one.
 */
final class ZgwSpecification {

    static final ZgwSpecification BESLUITEN = new ZgwSpecification("zgw/zgw-besluiten-api-1.0.yaml", ZgwUrls.BESLUITEN);
    static final ZgwSpecification DOCUMENTEN = new ZgwSpecification("zgw/zgw-documenten-api.yaml", ZgwUrls.DOCUMENTEN);

    private final OpenApiInteractionValidator validator;
    private final String basePath;

    private ZgwSpecification(String resource, String basePath) {
        this.basePath = basePath;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(read(resource))
                .withBasePathOverride(basePath)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .build())
                .build();
    }

    /** The JSON (or problem+json) answer to a GET of {@code path} (under this API's base path), valid or an AssertionError. */
    ApiResponse valid(String path, ApiResponse response) {
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.status()).withBody(response.body());
        response.headers().map().forEach(answer::withHeader);
        check(path, answer.build(), response.toString());
        return response;
    }

    /** A download's answer, valid or an AssertionError. */
    HttpResponse<byte[]> valid(String path, HttpResponse<byte[]> response) {
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach(answer::withHeader);
        check(path, answer.build(), response.statusCode() + " (" + response.body().length + " bytes)");
        return response;
    }

    private void check(String path, SimpleResponse response, String shown) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        ValidationReport report = validator.validateResponse(basePath + withoutQuery, Request.Method.GET, response);
        if (report.hasErrors()) {
            throw new AssertionError("GET " + basePath + path + " answered outside the ZGW specification:\n"
                    + SimpleValidationReportFormat.getInstance().apply(report) + "\nanswer: " + shown);
        }
    }

    private static String read(String resource) {
        try (InputStream in = ZgwSpecification.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the test resource " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
