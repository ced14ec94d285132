package nl.hamerslag.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline verifier on a bundle made here the way the gateway makes one, from real rows (the golden
 * file the platform wrote): a signed head over six leaves, a proof per event, a manifest. Intact it holds;
 * one changed byte (even with the manifest made anew), a readable field that is not the stored one, a head
 * that no longer matches its signature, a proof that leads elsewhere, a log that does not extend the head
 * the auditor kept: each is named by file and event, or by service.
 */
class BundleVerifierTest {

    private static final Instant SIGNED = Instant.parse("2026-03-02T09:30:00.123Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anIntactBundleHolds() throws Exception {
        Bundle bundle = new Bundle();
        BundleVerifier.Report report = BundleVerifier.verify(bundle.zip());

        assertThat(report.problems()).isEmpty();
        assertThat(report.ok()).anyMatch(line -> line.startsWith("services/drafting/tree-head.json: signed by key"))
                .anyMatch(line -> line.contains("event " + bundle.eventId(2) + " is leaf 2 of the signed tree, content and all"));
    }

    @Test
    void theVerifiersLeafIsThePlatformsForEveryGoldenRow() throws Exception {
        JsonNode golden = golden();
        assertThat(golden.size()).isEqualTo(3);
        for (JsonNode entry : golden) {
            assertThat(hex(EventLeaf.leafHash(entry.path("event")))).as(entry.path("event").path("eventIdentifier").asText())
                    .isEqualTo(entry.path("leafHash").asText());
            assertThat(EventLeaf.readableDisagreements(entry.path("event"))).isEmpty();
        }
    }

    @Test
    void oneChangedByteInAnEventNamesTheFileAndTheEvent() throws Exception {
        Bundle bundle = new Bundle();
        bundle.seal();
        String path = bundle.eventPath(0);
        bundle.changeOneByte(path, "gouden", 'h');

        BundleVerifier.Report report = BundleVerifier.verify(bundle.zip());

        assertThat(report.holds()).isFalse();
        assertThat(report.problems()).contains(path + ": changed since export (SHA-256 differs from SHA256SUMS); "
                + "event " + bundle.eventId(0) + ", service drafting, stream " + bundle.stream + ", sequence 0");
    }

    @Test
    void oneChangedByteInTheReadablePayloadIsNamedThoughTheManifestWasRecomputed() throws Exception {
        Bundle bundle = new Bundle();
        String path = bundle.eventPath(0);
        bundle.changeOneByte(path, "gouden", 'h');

        BundleVerifier.Report report = BundleVerifier.verify(bundle.zip()); // sealed over the changed file

        assertThat(report.problems()).containsExactly(path + ": event " + bundle.eventId(0) + " (service drafting, stream "
                + bundle.stream + ", sequence 0): the readable fields are not the stored event its leaf covers: "
                + "payload is not the stored payload");
    }

    @Test
    void oneChangedByteInTheStoredPayloadNoLongerHashesToItsLeafThoughTheManifestWasRecomputed() throws Exception {
        Bundle bundle = new Bundle();
        String path = bundle.eventPath(0);
        ObjectNode event = (ObjectNode) JSON.readTree(bundle.files.get(path));
        byte[] payload = Base64.getDecoder().decode(event.path("storedPayload").asText());
        payload[new String(payload, StandardCharsets.ISO_8859_1).indexOf("gouden")] = 'h';
        event.put("storedPayload", Base64.getEncoder().encodeToString(payload));
        // the forger makes the readable payload agree with the forged bytes too
        event.set("payload", JSON.readTree(payload));
        bundle.put(path, JSON.writeValueAsBytes(event));

        BundleVerifier.Report report = BundleVerifier.verify(bundle.zip());

        assertThat(report.problems()).containsExactly(path + ": event " + bundle.eventId(0) + " (service drafting, stream "
                + bundle.stream + ", sequence 0): its stored columns do not hash to leaf 0 of the signed tree: "
                + "the event file was changed");
    }

    @Test
    void aReadableActorOrChainLinkThatIsNotTheStoredOneIsNamed() throws Exception {
        Bundle bundle = new Bundle();
        ObjectNode actor = (ObjectNode) JSON.readTree(bundle.files.get(bundle.eventPath(1)));
        actor.put("actorName", "Iemand Anders");
        bundle.put(bundle.eventPath(1), JSON.writeValueAsBytes(actor));
        ObjectNode link = (ObjectNode) JSON.readTree(bundle.files.get(bundle.eventPath(2)));
        link.put("previousHash", "00".repeat(32));
        bundle.put(bundle.eventPath(2), JSON.writeValueAsBytes(link));

        BundleVerifier.Report report = BundleVerifier.verify(bundle.zip());

        assertThat(report.problems()).hasSize(2);
        assertThat(report.problems().get(0)).startsWith(bundle.eventPath(1) + ": event " + bundle.eventId(1))
                .contains("actorName \"Iemand Anders\" is not the stored \"");
        assertThat(report.problems().get(1)).startsWith(bundle.eventPath(2) + ": event " + bundle.eventId(2))
                .contains("previousHash " + "00".repeat(32) + " is not the link of the event before it");
    }

    @Test
    void anEventFileWithoutTheStoredColumnsCannotBeBound() throws Exception {
        Bundle bundle = new Bundle();
        ObjectNode event = (ObjectNode) JSON.readTree(bundle.files.get(bundle.eventPath(0)));
        event.remove("storedPayload");
        bundle.put(bundle.eventPath(0), JSON.writeValueAsBytes(event));

        BundleVerifier.Report report = BundleVerifier.verify(bundle.zip());

        assertThat(report.problems()).singleElement().asString().contains("lacks the stored column storedPayload");
    }

    @Test
    void aHeadWhoseSizeWasChangedNoLongerHoldsItsSignatureEvenWithANewManifest() throws Exception {
        Bundle bundle = new Bundle();
        bundle.put("services/drafting/tree-head.json", bundle.head(6, SIGNED).replace("\"treeSize\":6", "\"treeSize\":5")
                .getBytes(StandardCharsets.UTF_8));

        BundleVerifier.Report report = BundleVerifier.verify(bundle.zip());

        assertThat(report.problems()).anyMatch(p -> p.startsWith("services/drafting/tree-head.json: the signature does not hold"));
    }

    @Test
    void aProofThatLeadsElsewhereNamesItsLeafAndEvent() throws Exception {
        Bundle bundle = new Bundle();
        String proof = new String(bundle.files.get("services/drafting/proofs/1.json"), StandardCharsets.UTF_8);
        bundle.put("services/drafting/proofs/1.json", proof.replace(bundle.leafHex(1), bundle.leafHex(2))
                .getBytes(StandardCharsets.UTF_8));

        BundleVerifier.Report report = BundleVerifier.verify(bundle.zip());

        assertThat(report.problems()).contains("services/drafting/proofs/1.json: the audit path of leaf 1 (event "
                        + bundle.eventId(1) + ") does not lead to the signed root of size 6",
                bundle.eventPath(1) + ": event " + bundle.eventId(1) + " has no inclusion proof that holds");
    }

    @Test
    void theInclusionAlgorithmAgreesWithTheTreeForEveryLeafOfEverySize() {
        Bundle bundle = new Bundle();
        for (int size = 1; size <= 6; size++) {
            List<byte[]> leaves = bundle.leaves.subList(0, size);
            for (int leaf = 0; leaf < size; leaf++) {
                assertThat(BundleVerifier.rootFromInclusion(leaf, size, leaves.get(leaf), path(leaf, leaves)))
                        .as("leaf " + leaf + " of " + size).isEqualTo(root(leaves));
            }
        }
    }

    @Test
    void theConsistencyAlgorithmAgreesWithTheTreeForEveryPairOfSizes() {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            leaves.add(sha256(("leaf " + i).getBytes(StandardCharsets.UTF_8), (byte) 0));
        }
        for (int second = 1; second <= 9; second++) {
            for (int first = 0; first <= second; first++) {
                byte[] firstRoot = first == 0 ? new byte[0] : root(leaves.subList(0, first));
                List<byte[]> proof = first == 0 ? List.of() : consistency(first, leaves.subList(0, second), true);
                assertThat(ConsistencyPath.holds(first, second, firstRoot, root(leaves.subList(0, second)), proof))
                        .as(first + " to " + second).isTrue();
                if (first > 0 && first < second) {
                    byte[] otherRoot = root(leaves.subList(1, first + 1));
                    assertThat(ConsistencyPath.holds(first, second, otherRoot, root(leaves.subList(0, second)), proof))
                            .as(first + " to " + second + " from another tree").isFalse();
                }
            }
        }
    }

    @Test
    void aLogThatExtendsTheKnownHeadHolds() throws Exception {
        Bundle bundle = new Bundle();
        bundle.putConsistency(4, consistency(4, bundle.leaves, true));

        BundleVerifier.Report report = BundleVerifier.verify(bundle.zip(), bundle.known(4, root(bundle.leaves.subList(0, 4))));

        assertThat(report.problems()).isEmpty();
        assertThat(report.ok()).contains("services/drafting/consistency.json: drafting: the log of 6 leaves extends your "
                + "earlier head of 4 leaves");
    }

    @Test
    void aConsistencyProofThatDoesNotMatchTheKnownHeadNamesTheService() throws Exception {
        // 3: the proof alone leads to the new root, only the kept root can fail; 4 (a power of two): the kept root starts it
        for (int size : List.of(3, 4)) {
            Bundle bundle = new Bundle();
            bundle.putConsistency(size, consistency(size, bundle.leaves, true));
            // the auditor kept a head whose first leaf was another: the log was rewritten since
            List<byte[]> before = new ArrayList<>(bundle.leaves.subList(0, size));
            before.set(0, sha256("the leaf as it was".getBytes(StandardCharsets.UTF_8), (byte) 0));

            BundleVerifier.Report report = BundleVerifier.verify(bundle.zip(), bundle.known(size, root(before)));

            assertThat(report.problems()).as("kept head of " + size).containsExactly("services/drafting/consistency.json: "
                    + "drafting: the log is not an extension of your earlier head (size " + size + ", root "
                    + hex(root(before)) + "): the consistency proof does not lead from it to the signed head of 6 leaves");
        }
    }

    @Test
    void aKnownHeadLargerThanTheBundlesOrWithoutAProofIsNamed() throws Exception {
        Bundle bundle = new Bundle();

        assertThat(BundleVerifier.verify(bundle.zip(), bundle.known(7, root(bundle.leaves))).problems())
                .containsExactly("drafting: the log is not an extension of your earlier head (size 7, root "
                        + hex(root(bundle.leaves)) + "): the bundle's signed head has only 6 leaves");
        assertThat(BundleVerifier.verify(bundle.zip(), bundle.known(4, root(bundle.leaves.subList(0, 4)))).problems())
                .containsExactly("services/drafting/consistency.json: missing; export again with ?since=drafting:4 to have "
                        + "the log's growth since your earlier head proved");
    }

    /**
     * Six leaves of drafting: the three golden events (real rows, stored and hashed by the platform) as
     * leaves 0..2 of their stream, and three other events' leaves; a head signed over all six, every proof.
     */
    private static final class Bundle {

        final Map<String, byte[]> files = new LinkedHashMap<>();
        final List<byte[]> leaves = new ArrayList<>();
        final List<ObjectNode> events = new ArrayList<>();
        final KeyPair key;
        final String stream;

        Bundle() {
            try {
                key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                JsonNode golden = golden();
                for (int i = 0; i < 3; i++) {
                    ObjectNode event = (ObjectNode) golden.get(i).path("event").deepCopy();
                    event.put("service", "drafting").put("leafIndex", i);
                    events.add(event);
                    leaves.add(HexFormat.of().parseHex(golden.get(i).path("leafHash").asText()));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            stream = events.get(0).path("aggregateId").asText();
            for (int i = 3; i < 6; i++) {
                leaves.add(sha256(("leaf data " + i).getBytes(StandardCharsets.UTF_8), (byte) 0));
            }
            put("README.txt", "about".getBytes(StandardCharsets.UTF_8));
            put("services/drafting/tree-head.json", head(6, SIGNED).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 6; i++) {
                if (i < 3) {
                    try {
                        put(eventPath(i), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(events.get(i)));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                StringBuilder auditPath = new StringBuilder();
                for (byte[] node : path(i, leaves)) {
                    auditPath.append(auditPath.isEmpty() ? "" : ",").append('"').append(hex(node)).append('"');
                }
                put("services/drafting/proofs/" + i + ".json", ("{\"leafIndex\":" + i + ",\"treeSize\":6,\"leafHash\":\""
                        + leafHex(i) + "\",\"eventIdentifier\":\"" + eventId(i) + "\",\"aggregateId\":\""
                        + (i < 3 ? stream : "other") + "\",\"sequenceNumber\":" + i + ",\"auditPath\":[" + auditPath
                        + "],\"rootHash\":\"" + hex(root(leaves)) + "\"}").getBytes(StandardCharsets.UTF_8));
            }
            put("missing.json", "[]".getBytes(StandardCharsets.UTF_8));
        }

        String eventId(int i) {
            return i < 3 ? events.get(i).path("eventIdentifier").asText() : "other-" + i;
        }

        String eventPath(int i) {
            return "services/drafting/events/" + stream + "/00000" + i + ".json";
        }

        String leafHex(int i) {
            return hex(leaves.get(i));
        }

        /** Changes the first byte of {@code text} in the file to {@code to}: one byte. */
        void changeOneByte(String path, String text, char to) {
            byte[] content = files.get(path);
            // one char per byte, so that the index is the byte's even past a non-ASCII letter
            content[new String(content, StandardCharsets.ISO_8859_1).indexOf(text)] = (byte) to;
        }

        void putConsistency(long first, List<byte[]> proof) {
            StringBuilder nodes = new StringBuilder();
            proof.forEach(node -> nodes.append(nodes.isEmpty() ? "" : ",").append('"').append(hex(node)).append('"'));
            put("services/drafting/consistency.json", ("{\"first\":" + first + ",\"second\":6,\"firstRootHash\":\""
                    + hex(root(leaves.subList(0, (int) first))) + "\",\"secondRootHash\":\"" + hex(root(leaves))
                    + "\",\"proof\":[" + nodes + "]}").getBytes(StandardCharsets.UTF_8));
        }

        /** The heads an auditor kept: drafting's of {@code size} leaves with {@code root}, signed by this key. */
        KnownHeads known(long size, byte[] root) throws IOException {
            String publicKey = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
            Instant earlier = SIGNED.minusSeconds(3600);
            return KnownHeads.parse("heads.json", ("[{\"service\":\"drafting\",\"treeSize\":" + size
                    + ",\"rootHash\":\"" + hex(root) + "\",\"timestamp\":\"" + earlier + "\",\"keyId\":\""
                    + hex(sha256(key.getPublic().getEncoded(), null)) + "\",\"publicKey\":\"" + publicKey
                    + "\",\"signature\":\"" + signature("drafting", size, root, earlier) + "\"}]")
                    .getBytes(StandardCharsets.UTF_8));
        }

        String head(long size, Instant at) {
            String publicKey = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
            String keyId = hex(sha256(key.getPublic().getEncoded(), null));
            String head = "{\"service\":\"drafting\",\"treeSize\":" + size + ",\"rootHash\":\"" + hex(root(leaves))
                    + "\",\"timestamp\":\"" + at + "\",\"keyId\":\"" + keyId + "\",\"publicKey\":\"" + publicKey
                    + "\",\"signature\":\"" + signature("drafting", size, root(leaves), at) + "\"}";
            return "{\"keyId\":\"" + keyId + "\",\"publicKey\":\"" + publicKey + "\",\"heads\":[" + head + "]}";
        }

        String signature(String service, long size, byte[] root, Instant at) {
            try {
                Signature signer = Signature.getInstance("Ed25519");
                signer.initSign(key.getPrivate());
                signer.update(BundleVerifier.signedBytes(service, size, root, at));
                return Base64.getEncoder().encodeToString(signer.sign());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        void put(String path, byte[] content) {
            files.put(path, content);
        }

        /** Writes the manifest over the files as they are now; a change made after it is one the manifest shows. */
        void seal() {
            StringBuilder manifest = new StringBuilder();
            files.forEach((path, content) -> manifest.append(hex(sha256(content, null))).append("  ").append(path)
                    .append('\n'));
            files.put("SHA256SUMS", manifest.toString().getBytes(StandardCharsets.UTF_8));
        }

        /** The zip; sealed now unless sealed before (a forger who rewrites the manifest too). */
        byte[] zip() throws IOException {
            if (!files.containsKey("SHA256SUMS")) {
                seal();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(file.getKey()));
                    zip.write(file.getValue());
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        }
    }

    /** Real rows as the platform served and hashed them (written by the platform's AuditAnswerLeafTest). */
    static JsonNode golden() throws IOException {
        try (var in = BundleVerifierTest.class.getResourceAsStream("/audit/golden-events.json")) {
            return JSON.readTree(in);
        }
    }

    /** RFC 9162 2.1.4.1: SUBPROOF(m, D[n], b). */
    static List<byte[]> consistency(int m, List<byte[]> leaves, boolean whole) {
        List<byte[]> proof = new ArrayList<>();
        int n = leaves.size();
        if (m == n) {
            if (!whole) {
                proof.add(root(leaves));
            }
            return proof;
        }
        int k = split(n);
        if (m <= k) {
            proof.addAll(consistency(m, leaves.subList(0, k), whole));
            proof.add(root(leaves.subList(k, n)));
        } else {
            proof.addAll(consistency(m - k, leaves.subList(k, n), false));
            proof.add(root(leaves.subList(0, k)));
        }
        return proof;
    }

    static byte[] root(List<byte[]> leaves) {
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int k = split(leaves.size());
        return node(root(leaves.subList(0, k)), root(leaves.subList(k, leaves.size())));
    }

    static List<byte[]> path(int m, List<byte[]> leaves) {
        List<byte[]> path = new ArrayList<>();
        if (leaves.size() <= 1) {
            return path;
        }
        int k = split(leaves.size());
        if (m < k) {
            path.addAll(path(m, leaves.subList(0, k)));
            path.add(root(leaves.subList(k, leaves.size())));
        } else {
            path.addAll(path(m - k, leaves.subList(k, leaves.size())));
            path.add(root(leaves.subList(0, k)));
        }
        return path;
    }

    private static int split(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    private static byte[] node(byte[] left, byte[] right) {
        byte[] data = new byte[left.length + right.length];
        System.arraycopy(left, 0, data, 0, left.length);
        System.arraycopy(right, 0, data, left.length, right.length);
        return sha256(data, (byte) 1);
    }

    private static byte[] sha256(byte[] data, Byte prefix) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (prefix != null) {
                digest.update(prefix);
            }
            return digest.digest(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
