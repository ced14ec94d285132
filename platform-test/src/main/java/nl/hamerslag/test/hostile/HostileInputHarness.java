package nl.hamerslag.test.hostile;

import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Sends every operation of a running service's OpenAPI document with hostile values, one field at
 * a time, the other fields valid: each path, query and header parameter, each field of a JSON body
 * at any depth, each part and file name of a multipart body, and the headers every request carries.
 * It also sends whole bodies that are no JSON at all, and probes the paths outside the document
 * (health, docs, unknown paths). It checks that no answer is a 5xx, that every error is
 * problem+json, and that a refused request stored no event. Built from the document at run time,
 * it covers new operations and new services without being told.
 */
public final class HostileInputHarness {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PLACEHOLDER = "__hostile_value__";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    /** Headers every request carries, attacked with the values that make sense in a header. */
    private static final List<String> COMMON_HEADERS = List.of("X-Correlation-Id", "Accept", "Authorization",
            "Idempotency-Key");
    private static final List<String> HEADER_KINDS = List.of("NUL", "bell control character", "escape sequence",
            "C1 control (NEL)", "CRLF header injection", "100 000 characters", "right-to-left override",
            "zero-width characters", "emoji and combining marks", "script", "SQL", "empty");

    private final String service;
    private final int port;
    private final EventStoreWatch events;
    private String bearer;
    private Function<ApiOperation, Map<String, String>> knownValues = operation -> Map.of();
    /** Null: every operation, also of a service that has none in its document yet (the probes attack it). */
    private Predicate<ApiOperation> attacked;
    private int sequence;

    private HostileInputHarness(String service, int port, JdbcTemplate jdbc) {
        this.service = service;
        this.port = port;
        this.events = new EventStoreWatch(jdbc);
    }

    /** A harness against the service on {@code port} whose event store {@code jdbc} reads. */
    public static HostileInputHarness against(String service, int port, JdbcTemplate jdbc) {
        return new HostileInputHarness(service, port, jdbc);
    }

    /** The Authorization header value for every request, e.g. {@link EveryRoleToken#bearer()}. */
    public HostileInputHarness bearer(String bearer) {
        this.bearer = bearer;
        return this;
    }

    /**
     * Values that exist in the service, by parameter or property name ({@code id}, {@code attachmentId}),
     * asked once per operation so an operation that changes state can get a fresh one.
     */
    public HostileInputHarness knownValues(Function<ApiOperation, Map<String, String>> knownValues) {
        this.knownValues = knownValues;
        return this;
    }

    /**
     * Attacks only these operations (probes included): for a second run that hands some operations
     * values of their own, when the service's full run already attacks the rest. A filter that leaves
     * no documented operation fails the run, so a renamed path cannot make it attack nothing.
     */
    public HostileInputHarness only(Predicate<ApiOperation> operations) {
        this.attacked = operations;
        return this;
    }

    public HostileReport run() {
        String document;
        try {
            document = RawHttp.send(port, "GET", "/v3/api-docs", List.of(), null).text();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the OpenAPI document of " + service, e);
        }
        List<ApiOperation> operations = new ArrayList<>(new OpenApiDocument(document).operations());
        operations.addAll(Probes.operations());
        if (attacked != null) {
            operations.removeIf(attacked.negate());
        }
        if (attacked != null && operations.stream().allMatch(ApiOperation::probe)) {
            throw new IllegalStateException("the operations to attack of " + service
                    + " match no operation of its OpenAPI document");
        }
        List<Finding> findings = new ArrayList<>();
        Map<Integer, Long> statuses = new TreeMap<>();
        int sent = 0;
        int documented = 0;
        for (ApiOperation operation : operations) {
            for (HostileCall call : calls(operation, new ValidValues(knownValues.apply(operation)))) {
                send(call, findings, statuses);
                sent++;
                documented += operation.probe() ? 0 : 1;
            }
        }
        HostileReport report = new HostileReport(service, sent, documented, statuses, findings);
        System.out.println(report);
        return report;
    }

    private void send(HostileCall call, List<Finding> findings, Map<Integer, Long> statuses) {
        long mark = events.mark();
        RawHttp.Response response;
        try {
            response = RawHttp.send(port, call.operation().method(), call.target(), call.headers(), call.body());
        } catch (IOException e) {
            findings.add(new Finding(call.describe(), "no answer (" + e.getMessage() + ")", 0, null));
            return;
        }
        statuses.merge(response.status(), 1L, Long::sum);
        if (response.status() >= 500) {
            findings.add(new Finding(call.describe(), "server error", response.status(), snippet(response)));
        } else if (response.status() >= 400) {
            if (!response.contentType().startsWith(PROBLEM_JSON)) {
                findings.add(new Finding(call.describe(), "error is not problem+json but '" + response.contentType() + "'",
                        response.status(), snippet(response)));
            }
            long stored = events.storedSince(mark, call.correlationId());
            if (stored > 0) {
                findings.add(new Finding(call.describe(), "refused, yet " + stored + " event(s) stored",
                        response.status(), snippet(response)));
            }
        } else if (response.status() < 300) {
            events.learnFrom(mark, call.correlationId());
        }
    }

    private List<HostileCall> calls(ApiOperation operation, ValidValues valid) {
        List<HostileCall> calls = new ArrayList<>();
        calls.add(call(operation, valid, "valid request", null, null, null));
        for (ApiOperation.Parameter parameter : operation.parameters()) {
            for (Hostile value : HostileValues.texts()) {
                if (parameter.in().equals("header") ? value.hasText() : value.fitsUrl()) {
                    calls.add(call(operation, valid, parameter.in(), parameter.name(), value, null));
                }
            }
        }
        calls.add(call(operation, valid, "query", "unexpected", Hostile.text("unexpected parameter", "x"), null));
        for (String header : COMMON_HEADERS) {
            for (Hostile value : HostileValues.texts()) {
                if (HEADER_KINDS.contains(value.kind())) {
                    calls.add(call(operation, valid, "header", header, value, null));
                }
            }
        }
        calls.add(call(operation, valid, "header", "Accept", Hostile.text("a type it cannot answer", "text/x-nothing"), null));
        if (operation.body() != null && operation.body().isMultipart()) {
            calls.addAll(Multipart.calls(this, operation, valid));
        } else if (operation.body() != null || !operation.method().equals("GET")) {
            calls.addAll(jsonCalls(operation, valid));
        }
        return calls;
    }

    private List<HostileCall> jsonCalls(ApiOperation operation, ValidValues valid) {
        List<HostileCall> calls = new ArrayList<>();
        JsonNode schema = operation.body() == null ? JSON.createObjectNode() : operation.body().schema();
        List<Hostile> fieldValues = new ArrayList<>(HostileValues.texts());
        fieldValues.addAll(HostileValues.jsonOnly());
        for (String field : fields(schema, "", 0)) {
            for (Hostile value : fieldValues) {
                if (value.hasText() || value.jsonForm() != null) {
                    calls.add(call(operation, valid, "body", field, value, jsonWith(valid, schema, field, value)));
                }
            }
        }
        for (Hostile body : HostileValues.jsonBodies()) {
            calls.add(call(operation, valid, "body", null, body, body.jsonForm().getBytes(StandardCharsets.UTF_8)));
        }
        for (byte[] body : HostileValues.invalidUtf8Bodies()) {
            calls.add(call(operation, valid, "body", null, Hostile.json("bytes that are not UTF-8", ""), body));
        }
        return calls;
    }

    /** JSON pointers of the fields of {@code schema} (objects and array items, three levels deep). */
    private static List<String> fields(JsonNode schema, String at, int depth) {
        List<String> fields = new ArrayList<>();
        if (depth > 3) {
            return fields;
        }
        String type = ValidValues.type(schema);
        if (type.equals("object")) {
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                String field = at + "/" + property.getKey();
                fields.add(field);
                fields.addAll(fields(property.getValue(), field, depth + 1));
            }
            if (depth == 0) {
                fields.add(at + "/unexpectedField");
            }
        } else if (type.equals("array")) {
            fields.add(at + "/0");
            fields.addAll(fields(schema.path("items"), at + "/0", depth + 1));
        }
        return fields;
    }

    private static byte[] jsonWith(ValidValues valid, JsonNode schema, String field, Hostile value) {
        JsonNode body = valid.value("body", schema).deepCopy();
        if (!body.isContainer()) {
            body = JSON.createObjectNode();
        }
        String[] steps = field.substring(1).split("/");
        JsonNode parent = body;
        for (int i = 0; i < steps.length - 1; i++) {
            boolean nextIsIndex = steps[i + 1].matches("\\d+");
            parent = child(parent, steps[i], nextIsIndex);
        }
        String last = steps[steps.length - 1];
        if (parent instanceof ObjectNode object) {
            object.put(last, PLACEHOLDER);
        } else if (parent instanceof ArrayNode array) {
            if (array.isEmpty()) {
                array.add(PLACEHOLDER);
            } else {
                array.set(0, JSON.getNodeFactory().stringNode(PLACEHOLDER));
            }
        }
        String json = JSON.writeValueAsString(body).replace("\"" + PLACEHOLDER + "\"", jsonForm(value));
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode child(JsonNode parent, String step, boolean container) {
        if (parent instanceof ObjectNode object) {
            JsonNode existing = object.get(step);
            if (existing == null || !existing.isContainer()) {
                return container ? object.putArray(step) : object.putObject(step);
            }
            return existing;
        }
        ArrayNode array = (ArrayNode) parent;
        if (array.isEmpty() || !array.get(0).isContainer()) {
            JsonNode fresh = container ? JSON.createArrayNode() : JSON.createObjectNode();
            if (array.isEmpty()) {
                array.add(fresh);
            } else {
                array.set(0, fresh);
            }
        }
        return array.get(0);
    }

    static String jsonForm(Hostile value) {
        return value.jsonForm() != null ? value.jsonForm() : JSON.writeValueAsString(value.text());
    }

    /**
     * One request of {@code operation}: every value valid except {@code value} in {@code field} at
     * {@code location}; {@code body} replaces the valid body when given.
     */
    HostileCall call(ApiOperation operation, ValidValues valid, String location, String field, Hostile value,
                     byte[] body) {
        return call(operation, valid, location, field, value, body, null);
    }

    HostileCall call(ApiOperation operation, ValidValues valid, String location, String field, Hostile value,
                     byte[] body, String contentType) {
        boolean attacked = value != null && field != null;
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        List<String[]> headers = new ArrayList<>();
        for (ApiOperation.Parameter parameter : operation.parameters()) {
            boolean underAttack = attacked && parameter.in().equals(location) && parameter.name().equals(field);
            switch (parameter.in()) {
                case "path" -> path = path.replace("{" + parameter.name() + "}", underAttack
                        ? urlForm(value) : encode(valid.text(parameter.name(), parameter.schema())));
                case "query" -> {
                    if (underAttack) {
                        query.append('&').append(encode(parameter.name())).append('=').append(urlForm(value));
                    } else if (parameter.required() || parameter.schema().has("example")) {
                        query.append('&').append(encode(parameter.name())).append('=')
                                .append(encode(valid.text(parameter.name(), parameter.schema())));
                    }
                }
                case "header" -> {
                    if (underAttack) {
                        headers.add(new String[]{parameter.name(), value.text()});
                    } else if (parameter.required()) {
                        headers.add(new String[]{parameter.name(), validHeader(parameter, valid)});
                    }
                }
                default -> {
                }
            }
        }
        if (attacked && location.equals("query") && field.equals("unexpected")) {
            query.append("&unexpected=x");
        }
        String target = path + (query.isEmpty() ? "" : "?" + query.substring(1));
        String correlationId = "hostile-" + service + "-" + (++sequence) + "-" + UUID.randomUUID();
        common(headers, attacked && location.equals("header") ? field : null, value, correlationId);
        byte[] payload = body;
        String type = contentType;
        if (payload == null && operation.body() != null) {
            if (operation.body().isMultipart()) {
                Multipart.Encoded multipart = Multipart.body(operation, valid, null, null, false);
                payload = multipart.bytes();
                type = multipart.contentType();
            } else {
                payload = JSON.writeValueAsBytes(valid.value("body", operation.body().schema()));
            }
        }
        if (payload != null && headers.stream().noneMatch(h -> h[0].equalsIgnoreCase("Content-Type"))) {
            headers.add(new String[]{"Content-Type", type != null ? type
                    : operation.body() == null ? "application/json" : operation.body().mediaType()});
        }
        return new HostileCall(operation, location, field, value == null ? location : value.kind(), target, headers,
                payload, attacked && "X-Correlation-Id".equals(field) ? null : correlationId);
    }

    private void common(List<String[]> headers, String attackedHeader, Hostile value, String correlationId) {
        Map<String, String> common = new java.util.LinkedHashMap<>();
        common.put("Authorization", bearer);
        common.put("Accept", "*/*");
        common.put("X-Correlation-Id", correlationId);
        for (Map.Entry<String, String> header : common.entrySet()) {
            boolean attacked = header.getKey().equals(attackedHeader);
            if (attacked) {
                headers.add(new String[]{header.getKey(), value.text()});
            } else if (header.getValue() != null && headers.stream().noneMatch(h -> h[0].equalsIgnoreCase(header.getKey()))) {
                headers.add(new String[]{header.getKey(), header.getValue()});
            }
        }
        if ("Idempotency-Key".equals(attackedHeader) && headers.stream().noneMatch(h -> h[0].equals("Idempotency-Key"))) {
            headers.add(new String[]{"Idempotency-Key", value.text()});
        }
    }

    private static String validHeader(ApiOperation.Parameter parameter, ValidValues valid) {
        return switch (parameter.name().toLowerCase(java.util.Locale.ROOT)) {
            case "if-match" -> "*";
            case "if-none-match" -> "\"no-such-tag\"";
            case "idempotency-key" -> UUID.randomUUID().toString();
            default -> valid.text(parameter.name(), parameter.schema());
        };
    }

    static String urlForm(Hostile value) {
        return value.urlForm() != null ? value.urlForm() : encode(value.text());
    }

    /** Percent-encodes every byte of the UTF-8 form except the unreserved characters. */
    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }

    static byte[] pdf() {
        return PDF.clone();
    }

    private static String snippet(RawHttp.Response response) {
        String text = response.text().replaceAll("\\p{Cntrl}", "?");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
