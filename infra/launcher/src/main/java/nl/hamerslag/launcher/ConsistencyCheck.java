package nl.hamerslag.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether each service's log in the bundle extends what the auditor saw before: the consistency proof
 * in {@code services/<service>/consistency.json} (RFC 9162 2.1.4) from the auditor's kept head to the
 * bundle's signed head, computed from the auditor's own root, never from the root the proof file names.
 * Without a kept head the proof is checked against the root the service named, and said to be only that.
 */
final class ConsistencyCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, byte[]> files;
    private final Map<String, JsonNode> heads;
    private final KnownHeads known;
    private final List<String> ok;
    private final List<String> problems;

    ConsistencyCheck(Map<String, byte[]> files, Map<String, JsonNode> heads, KnownHeads known, List<String> ok,
                     List<String> problems) {
        this.files = files;
        this.heads = heads;
        this.known = known;
        this.ok = ok;
        this.problems = problems;
    }

    void check() {
        problems.addAll(known.problems());
        Set<String> services = new TreeSet<>(known.services());
        files.keySet().stream().filter(p -> p.matches("services/[^/]+/consistency\\.json"))
                .forEach(p -> services.add(p.split("/")[1]));
        services.forEach(this::check);
    }

    private void check(String service) {
        String path = "services/" + service + "/consistency.json";
        JsonNode head = heads.get(service);
        JsonNode proof = read(path);
        KnownHeads.Head kept = known.of(service).orElse(null);
        if (head == null) {
            problems.add((kept != null ? known.source() + ": " : path + ": ") + service
                    + ": the bundle holds no valid signed tree head of this service to check its log's growth against"
                    + (kept != null ? "; export again with ?since=" + service + ":" + kept.treeSize() : ""));
            return;
        }
        long size = head.path("treeSize").asLong();
        byte[] root = HexFormat.of().parseHex(head.path("rootHash").asText());
        if (kept == null) {
            if (proof != null) {
                checkAgainstNamedRoot(service, path, proof, size, root);
            }
            return;
        }
        String notExtended = service + ": the log is not an extension of your earlier head (size " + kept.treeSize()
                + ", root " + BundleVerifier.hex(kept.root()) + ")";
        if (kept.keyId() != null && !kept.keyId().equals(head.path("keyId").asText())) {
            problems.add(service + ": the bundle's head is signed by key " + head.path("keyId").asText()
                    + ", not by key " + kept.keyId() + " of your earlier head");
            return;
        }
        if (kept.treeSize() > size) {
            problems.add(notExtended + ": the bundle's signed head has only " + size + " leaves");
            return;
        }
        if (kept.treeSize() == size) {
            if (Arrays.equals(kept.root(), root)) {
                ok.add(service + ": the signed head is your earlier head (size " + size + ")");
            } else {
                problems.add(notExtended + ": the bundle's signed head of the same size has another root");
            }
            return;
        }
        if (proof == null) {
            problems.add(path + ": missing; export again with ?since=" + service + ":" + kept.treeSize()
                    + " to have the log's growth since your earlier head proved");
            return;
        }
        if (proof.path("first").asLong() != kept.treeSize() || proof.path("second").asLong() != size) {
            problems.add(path + ": proves " + proof.path("first").asLong() + " to " + proof.path("second").asLong()
                    + " leaves, not from your earlier " + kept.treeSize() + " to the signed " + size
                    + "; export again with ?since=" + service + ":" + kept.treeSize());
            return;
        }
        if (!ConsistencyPath.holds(kept.treeSize(), size, kept.root(), root, path(proof))) {
            problems.add(path + ": " + notExtended + ": the consistency proof does not lead from it to the signed head of "
                    + size + " leaves");
            return;
        }
        ok.add(path + ": " + service + ": the log of " + size + " leaves extends your earlier head of "
                + kept.treeSize() + " leaves");
    }

    private void checkAgainstNamedRoot(String service, String path, JsonNode proof, long size, byte[] root) {
        long first = proof.path("first").asLong();
        byte[] firstRoot = HexFormat.of().parseHex(proof.path("firstRootHash").asText());
        if (proof.path("second").asLong() != size || !ConsistencyPath.holds(first, size, firstRoot, root, path(proof))) {
            problems.add(path + ": " + service + ": the consistency proof from " + first + " leaves does not lead to the "
                    + "signed head of " + size + " leaves");
            return;
        }
        ok.add(path + ": " + service + ": the log of " + size + " leaves extends the tree of " + first + " leaves with root "
                + proof.path("firstRootHash").asText() + " as the service names it; pass --known-heads with the head "
                + "you kept to check it against your own");
    }

    private static List<byte[]> path(JsonNode proof) {
        List<byte[]> path = new ArrayList<>();
        proof.path("proof").forEach(node -> path.add(HexFormat.of().parseHex(node.asText())));
        return path;
    }

    private JsonNode read(String path) {
        byte[] content = files.get(path);
        if (content == null) {
            return null;
        }
        try {
            return JSON.readTree(content);
        } catch (IOException e) {
            problems.add(path + ": not readable JSON: " + e.getMessage());
            return null;
        }
    }
}
