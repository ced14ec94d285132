package nl.hamerslag.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tree heads an auditor kept from before ({@code ./hamerslag verify bundle.zip --known-heads heads.json}),
 * the latest per service. The file is what the auditor already has: a bundle's {@code tree-heads.json}, a
 * service's {@code /audit/tree-heads} answer ({@code {"heads": [...]}}), or a JSON array of heads. A head
 * needs {@code service}, {@code treeSize} and {@code rootHash}; one that carries a signature must hold it,
 * and its {@code keyId} then pins the key the bundle's head must be signed with.
 */
public final class KnownHeads {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One kept head; {@code keyId} null when the auditor kept no signed head, only size and root. */
    record Head(String service, long treeSize, byte[] root, String keyId) {
    }

    private final String source;
    private final Map<String, Head> latest;
    private final List<String> problems;

    private KnownHeads(String source, Map<String, Head> latest, List<String> problems) {
        this.source = source;
        this.latest = latest;
        this.problems = problems;
    }

    public static KnownHeads none() {
        return new KnownHeads("", Map.of(), List.of());
    }

    /** Reads the file; a file that is not such a list of heads is refused with what it should hold. */
    public static KnownHeads read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readAllBytes(file));
    }

    static KnownHeads parse(String source, byte[] content) throws IOException {
        JsonNode root = JSON.readTree(content);
        JsonNode heads = root != null && root.isObject() ? root.path("heads") : root;
        if (heads == null || !heads.isArray()) {
            throw new IOException(source + ": expected a JSON array of tree heads, or an object with \"heads\" (a "
                    + "bundle's tree-heads.json or a service's /audit/tree-heads answer)");
        }
        Map<String, Head> latest = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode head : heads) {
            Head known = head(source, head);
            if (head.hasNonNull("signature") && !signatureHolds(head)) {
                problems.add(source + ": the head of " + known.service() + " of size " + known.treeSize()
                        + " does not hold its own signature; it is not taken as known");
                continue;
            }
            latest.merge(known.service(), known, (a, b) -> a.treeSize() >= b.treeSize() ? a : b);
        }
        return new KnownHeads(source, latest, List.copyOf(problems));
    }

    String source() {
        return source;
    }

    Optional<Head> of(String service) {
        return Optional.ofNullable(latest.get(service));
    }

    java.util.Set<String> services() {
        return latest.keySet();
    }

    /** Heads in the file that could not be taken as known. */
    List<String> problems() {
        return problems;
    }

    private static Head head(String source, JsonNode head) throws IOException {
        if (!head.path("service").isTextual() || !head.path("treeSize").canConvertToLong()
                || head.path("treeSize").asLong() < 0 || !head.path("rootHash").isTextual()) {
            throw new IOException(source + ": every head needs \"service\" (text), \"treeSize\" (a number, 0 or more) and "
                    + "\"rootHash\" (SHA-256, hex), as the service signed it; found " + head);
        }
        try {
            byte[] root = HexFormat.of().parseHex(head.path("rootHash").asText());
            return new Head(head.path("service").asText(), head.path("treeSize").asLong(), root,
                    head.hasNonNull("keyId") ? head.path("keyId").asText() : null);
        } catch (IllegalArgumentException notHex) {
            throw new IOException(source + ": the rootHash of " + head.path("service").asText() + " is not hex", notHex);
        }
    }

    private static boolean signatureHolds(JsonNode head) {
        try {
            return BundleVerifier.signatureHolds(head);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // a key or signature that does not decode holds nothing
            return false;
        }
    }
}
