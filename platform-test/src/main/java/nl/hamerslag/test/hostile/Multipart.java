package nl.hamerslag.test.hostile;

import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Hostile multipart uploads: each text part and each file name in turn, and bodies that are not multipart. */
final class Multipart {

    record Encoded(byte[] bytes, String contentType) {
    }

    private Multipart() {
    }

    static List<HostileCall> calls(HostileInputHarness harness, ApiOperation operation, ValidValues valid) {
        List<HostileCall> calls = new ArrayList<>();
        for (Map.Entry<String, JsonNode> part : operation.body().schema().path("properties").properties()) {
            boolean file = isFile(part.getValue());
            for (Hostile value : HostileValues.texts()) {
                if (value.hasText()) {
                    Encoded body = body(operation, valid, part.getKey(), value, file);
                    calls.add(harness.call(operation, valid, file ? "file name" : "multipart", part.getKey(), value,
                            body.bytes(), body.contentType()));
                }
            }
        }
        String boundary = "hostile-" + UUID.randomUUID();
        calls.add(harness.call(operation, valid, "multipart", null, Hostile.text("a body that is not multipart", ""),
                "just some text".getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=" + boundary));
        calls.add(harness.call(operation, valid, "multipart", null, Hostile.text("no boundary named", ""),
                body(operation, valid, null, null, false).bytes(), "multipart/form-data"));
        byte[] whole = body(operation, valid, null, null, false).bytes();
        Encoded valid0 = body(operation, valid, null, null, false);
        calls.add(harness.call(operation, valid, "multipart", null, Hostile.text("cut off before the end", ""),
                java.util.Arrays.copyOf(valid0.bytes(), valid0.bytes().length / 2), valid0.contentType()));
        calls.add(harness.call(operation, valid, "multipart", null, Hostile.text("JSON instead of multipart", ""),
                "{}".getBytes(StandardCharsets.UTF_8), "application/json"));
        calls.add(harness.call(operation, valid, "multipart", null, Hostile.text("boundary of 100 000 characters", ""),
                whole, "multipart/form-data; boundary=" + "b".repeat(100_000)));
        return calls;
    }

    /** A multipart body with every part valid, except {@code attacked}: its value, or for a file its name. */
    static Encoded body(ApiOperation operation, ValidValues valid, String attacked, Hostile value, boolean fileName) {
        String boundary = "hostile-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, JsonNode> part : operation.body().schema().path("properties").properties()) {
            boolean underAttack = part.getKey().equals(attacked);
            write(out, "--" + boundary + "\r\n");
            if (isFile(part.getValue())) {
                String name = underAttack && fileName ? value.text() : "voorstel.pdf";
                write(out, "Content-Disposition: form-data; name=\"" + part.getKey() + "\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n");
                out.writeBytes(HostileInputHarness.pdf());
            } else {
                write(out, "Content-Disposition: form-data; name=\"" + part.getKey() + "\"\r\n\r\n");
                write(out, underAttack ? value.text() : valid.text(part.getKey(), part.getValue()));
            }
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return new Encoded(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private static boolean isFile(JsonNode schema) {
        JsonNode items = schema.path("items");
        return "binary".equals(schema.path("format").asString(""))
                || "binary".equals(items.path("format").asString(""))
                || schema.has("contentMediaType") || schema.has("contentEncoding");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
