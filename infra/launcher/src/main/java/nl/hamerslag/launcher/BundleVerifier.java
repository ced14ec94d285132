package nl.hamerslag.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks an audit export bundle (docs/audit.md) with nothing but the JDK's SHA-256 and Ed25519, without
 * asking any server: the manifest, each service's signed tree head, each inclusion proof against that
 * head, that every event has its proof and that the event file is the row its leaf covers ({@link EventLeaf}),
 * and, given the heads the auditor kept, that each service's log extends them ({@link ConsistencyCheck}).
 * Every finding names the file, and for an event file the
 * service, stream, sequence and event id. The algorithms are written out here on purpose, apart from
 * the services' code: a verifier that shared their code would share their mistakes.
 */
public final class BundleVerifier {

    static final String MANIFEST = "SHA256SUMS";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the check found: {@code ok} lines and {@code problems}; the bundle holds only when there are no problems. */
    public record Report(List<String> ok, List<String> problems) {

        public boolean holds() {
            return problems.isEmpty();
        }
    }

    private final Map<String, byte[]> files;
    private final List<String> ok = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private BundleVerifier(Map<String, byte[]> files) {
        this.files = files;
    }

    public static Report verify(Path bundle) throws IOException {
        return verify(Files.readAllBytes(bundle));
    }

    public static Report verify(byte[] zip) throws IOException {
        return verify(zip, KnownHeads.none());
    }

    /**
     * Also checks that each service's log in the bundle extends the head the auditor kept from before
     * ({@code --known-heads}): a consistency proof in the bundle from that head's size to the signed head.
     */
    public static Report verify(Path bundle, KnownHeads known) throws IOException {
        return verify(Files.readAllBytes(bundle), known);
    }

    public static Report verify(byte[] zip, KnownHeads known) throws IOException {
        BundleVerifier verifier = new BundleVerifier(unzip(zip));
        verifier.check(known);
        return new Report(List.copyOf(verifier.ok), List.copyOf(verifier.problems));
    }

    private void check(KnownHeads known) {
        byte[] manifest = files.get(MANIFEST);
        if (manifest == null) {
            problems.add(MANIFEST + ": missing; nothing in the bundle can be checked against it");
            return;
        }
        checkManifest(new String(manifest, StandardCharsets.UTF_8));
        Map<String, JsonNode> heads = new TreeMap<>();
        files.keySet().stream().filter(p -> p.matches("services/[^/]+/tree-head\\.json")).sorted()
                .forEach(path -> readJson(path).ifPresent(head -> checkHead(path, head, heads)));
        Map<String, JsonNode> proofs = new LinkedHashMap<>();
        files.keySet().stream().filter(p -> p.matches("services/[^/]+/proofs/\\d+\\.json")).sorted()
                .forEach(path -> readJson(path).ifPresent(proof -> checkProof(path, proof, heads, proofs)));
        Map<String, String> links = new TreeMap<>();
        files.keySet().stream().filter(p -> p.matches("services/[^/]+/events/.+\\.json")).sorted()
                .forEach(path -> readJson(path).ifPresent(event -> checkEvent(path, event, proofs, links)));
        new ConsistencyCheck(files, heads, known, ok, problems).check();
        readJson("missing.json").ifPresent(missing -> missing.forEach(gap -> problems.add("missing.json: "
                + gap.path("service").asText() + ": " + gap.path("what").asText() + ": " + gap.path("reason").asText())));
    }

    private void checkManifest(String manifest) {
        Map<String, String> listed = new LinkedHashMap<>();
        for (String line : manifest.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int split = line.indexOf("  ");
            if (split != 64) {
                problems.add(MANIFEST + ": not a sha256sum line: " + line);
                continue;
            }
            listed.put(line.substring(split + 2), line.substring(0, split));
        }
        listed.forEach((path, hash) -> {
            byte[] content = files.get(path);
            if (content == null) {
                problems.add(path + ": listed in " + MANIFEST + " but not in the bundle");
            } else if (!hex(sha256(content)).equals(hash)) {
                problems.add(path + ": changed since export (SHA-256 differs from " + MANIFEST + ")" + whichEvent(path));
            }
        });
        files.keySet().stream().filter(p -> !p.equals(MANIFEST) && !listed.containsKey(p)).sorted()
                .forEach(p -> problems.add(p + ": in the bundle but not in " + MANIFEST + whichEvent(p)));
        ok.add(MANIFEST + ": " + listed.size() + " files listed");
    }

    /** For an event file: which event it holds, as far as its name and (if it still reads) its content say. */
    private String whichEvent(String path) {
        String[] parts = path.split("/");
        if (parts.length != 5 || !parts[2].equals("events")) {
            return "";
        }
        String eventId = readQuietly(path).map(e -> e.path("eventIdentifier").asText(null)).orElse(null);
        return "; event " + (eventId == null ? "" : eventId + ", ") + "service " + parts[1] + ", stream " + parts[3]
                + ", sequence " + Long.parseLong(parts[4].replace(".json", ""));
    }

    private void checkHead(String path, JsonNode file, Map<String, JsonNode> heads) {
        String service = path.split("/")[1];
        JsonNode head = file.path("heads").path(0);
        String keyId = file.path("keyId").asText();
        String publicKey = file.path("publicKey").asText();
        if (head.isMissingNode()) {
            problems.add(path + ": holds no tree head");
            return;
        }
        try {
            byte[] key = Base64.getDecoder().decode(publicKey);
            if (!hex(sha256(key)).equals(keyId) || !keyId.equals(head.path("keyId").asText())
                    || !publicKey.equals(head.path("publicKey").asText())) {
                problems.add(path + ": the key id is not the SHA-256 of the public key, or the head names another key");
                return;
            }
            if (!signatureHolds(head)) {
                problems.add(path + ": the signature does not hold for this head (size, time, root or service changed)");
                return;
            }
            if (!service.equals(head.path("service").asText())) {
                problems.add(path + ": a head of " + head.path("service").asText() + " in the folder of " + service);
                return;
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            problems.add(path + ": the key, root or signature does not decode: " + e.getMessage());
            return;
        }
        heads.put(service, head);
        ok.add(path + ": signed by key " + keyId + " (size " + head.path("treeSize").asLong() + ")");
    }

    private void checkProof(String path, JsonNode proof, Map<String, JsonNode> heads, Map<String, JsonNode> proofs) {
        String service = path.split("/")[1];
        JsonNode head = heads.get(service);
        if (head == null) {
            problems.add(path + ": no valid signed tree head of " + service + " to check it against");
            return;
        }
        long leaf = proof.path("leafIndex").asLong();
        long size = proof.path("treeSize").asLong();
        List<byte[]> auditPath = new ArrayList<>();
        proof.path("auditPath").forEach(node -> auditPath.add(HexFormat.of().parseHex(node.asText())));
        byte[] root = rootFromInclusion(leaf, size, HexFormat.of().parseHex(proof.path("leafHash").asText()), auditPath);
        if (size != head.path("treeSize").asLong() || root == null
                || !hex(root).equals(head.path("rootHash").asText())) {
            problems.add(path + ": the audit path of leaf " + leaf + " (event " + proof.path("eventIdentifier").asText()
                    + ") does not lead to the signed root of size " + head.path("treeSize").asLong());
            return;
        }
        proofs.put(service + "/" + leaf, proof);
    }

    private void checkEvent(String path, JsonNode event, Map<String, JsonNode> proofs, Map<String, String> links) {
        String[] parts = path.split("/");
        String service = parts[1];
        String eventId = event.path("eventIdentifier").asText();
        String stream = event.path("aggregateId").asText();
        long sequence = event.path("sequenceNumber").asLong();
        String named = "event " + eventId + " (service " + service + ", stream " + stream + ", sequence " + sequence + ")";
        JsonNode leaf = event.path("leafIndex");
        JsonNode proof = leaf.isNumber() ? proofs.get(service + "/" + leaf.asLong()) : null;
        if (proof == null) {
            problems.add(path + ": event " + eventId + " has no inclusion proof that holds");
            return;
        }
        if (!eventId.equals(proof.path("eventIdentifier").asText())
                || !stream.equals(proof.path("aggregateId").asText())
                || sequence != proof.path("sequenceNumber").asLong()) {
            problems.add(path + ": event " + eventId + " (stream " + stream + ", sequence "
                    + sequence + ") is not the event its leaf " + leaf.asLong()
                    + " was taken for (" + proof.path("eventIdentifier").asText() + ")");
            return;
        }
        if (!path.equals(eventPath(service, stream, sequence)) || !service.equals(event.path("service").asText(service))) {
            problems.add(path + ": " + named + " lies under another service, stream or sequence than its own");
            return;
        }
        String missing = EventLeaf.missingStoredColumns(event);
        if (missing != null) {
            problems.add(path + ": " + named + " lacks the stored column " + missing
                    + " that its leaf covers, so its content cannot be bound to the signed tree");
            return;
        }
        if (!hex(EventLeaf.leafHash(event)).equals(proof.path("leafHash").asText())) {
            problems.add(path + ": " + named + ": its stored columns do not hash to leaf " + leaf.asLong()
                    + " of the signed tree: the event file was changed");
            return;
        }
        // the leaf holds, so the stored link is the service's: the next event's previousHash is checked against it
        links.put(service + "/" + stream + "/" + sequence, EventLeaf.storedLink(event));
        List<String> wrong = new ArrayList<>(EventLeaf.readableDisagreements(event));
        String before = service + "/" + stream + "/" + (sequence - 1);
        String shownPrevious = event.path("previousHash").isNull() ? null : event.path("previousHash").asText(null);
        if ((sequence == 0 || links.containsKey(before)) && !java.util.Objects.equals(links.get(before), shownPrevious)) {
            wrong.add("previousHash " + shownPrevious + " is not the link of the event before it (" + links.get(before) + ")");
        }
        if (!wrong.isEmpty()) {
            problems.add(path + ": " + named + ": the readable fields are not the stored event its leaf covers: "
                    + String.join("; ", wrong));
            return;
        }
        ok.add(path + ": event " + eventId + " is leaf " + leaf.asLong() + " of the signed tree, content and all");
    }

    /** Where the gateway puts an event (DossierExport.eventPath): a file cannot be moved to another's place. */
    static String eventPath(String service, String aggregateId, long sequence) {
        return "services/" + service + "/events/" + aggregateId.replaceAll("[^A-Za-z0-9._-]", "_") + "/"
                + String.format("%06d", sequence) + ".json";
    }

    /** Whether the head's Ed25519 signature holds, by the public key it carries. */
    static boolean signatureHolds(JsonNode head) throws GeneralSecurityException {
        PublicKey ed25519 = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(head.path("publicKey").asText())));
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(ed25519);
        signature.update(signedBytes(head.path("service").asText(), head.path("treeSize").asLong(),
                HexFormat.of().parseHex(head.path("rootHash").asText()), instant(head.path("timestamp"))));
        return signature.verify(Base64.getDecoder().decode(head.path("signature").asText()));
    }

    /** RFC 9162 2.1.3.2: the root the audit path leads to from the leaf, or null when the path does not fit. */
    static byte[] rootFromInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return null;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return null;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? r : null;
    }

    /** What a tree head's signature covers: each text or byte field after its 4-byte length, numbers as 8 bytes. */
    static byte[] signedBytes(String service, long treeSize, byte[] root, Instant timestamp) {
        byte[] tag = "hamerslag-tree-head-v1".getBytes(StandardCharsets.UTF_8);
        byte[] name = service.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + tag.length + 4 + name.length + 8 + 8 + 4 + root.length)
                .putInt(tag.length).put(tag).putInt(name.length).put(name)
                .putLong(treeSize).putLong(timestamp.toEpochMilli())
                .putInt(root.length).put(root).array();
    }

    private static byte[] node(byte[] left, byte[] right) {
        byte[] data = new byte[1 + left.length + right.length];
        data[0] = 1;
        System.arraycopy(left, 0, data, 1, left.length);
        System.arraycopy(right, 0, data, 1 + left.length, right.length);
        return sha256(data);
    }

    /** A head's time as the service wrote it: ISO-8601, or seconds with a fraction. */
    private static Instant instant(JsonNode timestamp) {
        if (timestamp.isTextual()) {
            return Instant.parse(timestamp.asText());
        }
        BigDecimal seconds = timestamp.decimalValue();
        return Instant.ofEpochSecond(seconds.longValue(),
                seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }

    private Optional<JsonNode> readJson(String path) {
        byte[] content = files.get(path);
        if (content == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(content));
        } catch (IOException e) {
            problems.add(path + ": not readable JSON: " + e.getMessage() + whichEvent(path));
            return Optional.empty();
        }
    }

    private Optional<JsonNode> readQuietly(String path) {
        byte[] content = files.get(path);
        try {
            return content == null ? Optional.empty() : Optional.of(JSON.readTree(content));
        } catch (IOException unreadable) {
            // the file's name still says which event it is; the manifest finding already names the file
            return Optional.empty();
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        if (files.isEmpty()) {
            throw new IOException("not a zip, or an empty one");
        }
        return files;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
