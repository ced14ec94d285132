package nl.hamerslag.publication.web;

import nl.hamerslag.platform.input.TextRule;
import nl.hamerslag.platform.problem.RuleViolation;
import nl.hamerslag.publication.command.PublicationLimits;
import nl.hamerslag.publication.command.Redaction;
import nl.hamerslag.publication.config.PublicationProperties;
import nl.hamerslag.publication.document.UploadRefused;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;

/**
 * The parts of a redacted version's upload, read and checked: a file with a usable name, not empty,
 * not over the limit; and the redactions as a JSON list, every text in it held to the platform's text
 * rules (a part is not read by the JSON converter that applies them elsewhere).
 */
@Component
class RedactedUploads {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_NAME = 255;

    private final PublicationProperties properties;

    RedactedUploads(PublicationProperties properties) {
        this.properties = properties;
    }

    record Received(String name, byte[] content, List<Redaction> redactions) {
    }

    Received receive(MultipartFile file, String redactionsJson) throws IOException {
        String name = name(file.getOriginalFilename());
        if (file.getSize() > properties.redactedMaxSize().toBytes()) {
            throw new UploadRefused(RuleViolation.Kind.TOO_LARGE, "file: the document is " + file.getSize()
                    + " bytes; at most " + properties.redactedMaxSize().toBytes() + " bytes are accepted.");
        }
        byte[] content = file.getBytes();
        if (content.length == 0) {
            throw new UploadRefused(RuleViolation.Kind.INVALID, "file: the document is empty; upload the redacted PDF itself.");
        }
        return new Received(name, content, redactions(redactionsJson));
    }

    private static List<Redaction> redactions(String json) {
        List<RedactionRequest> requests;
        try {
            requests = JSON.readValue(json == null ? "" : json, new TypeReference<List<RedactionRequest>>() { });
        } catch (JacksonException e) {
            throw new BadRedactions("not a JSON list of redactions (" + e.getOriginalMessage() + ")");
        }
        if (requests == null) {
            throw new BadRedactions("missing");
        }
        if (requests.size() > PublicationLimits.REDACTIONS) {
            throw new BadRedactions(requests.size() + " redactions; at most " + PublicationLimits.REDACTIONS);
        }
        for (int i = 0; i < requests.size(); i++) {
            RedactionRequest r = requests.get(i);
            if (r == null) {
                throw new BadRedactions("redactions[" + i + "] is null");
            }
            TextRule.check("redactions[" + i + "].document", r.document());
            TextRule.check("redactions[" + i + "].ground", r.ground());
            TextRule.check("redactions[" + i + "].description", r.description());
            if (r.document() != null && r.document().length() > MAX_NAME) {
                throw new BadRedactions("redactions[" + i + "].document is " + r.document().length()
                        + " characters; name the document in at most " + MAX_NAME);
            }
            if (r.page() != null && (r.page() < 1 || r.page() > 100_000)) {
                throw new BadRedactions("redactions[" + i + "].page is " + r.page() + "; pages count from 1");
            }
        }
        return requests.stream().map(r -> new Redaction(r.document(), r.page(), r.ground(), r.description())).toList();
    }

    private static String name(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new UploadRefused(RuleViolation.Kind.INVALID, "file: the part has no file name; send it as filename=\"…\".");
        }
        if (raw.contains("/") || raw.contains("\\")) {
            throw new UploadRefused(RuleViolation.Kind.INVALID, "file: the name contains a path; send the file name only.");
        }
        String name = raw.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.length() > MAX_NAME) {
            throw new UploadRefused(RuleViolation.Kind.INVALID, "file: that is not a usable file name (1 to " + MAX_NAME
                    + " characters, no path).");
        }
        return name;
    }
}
