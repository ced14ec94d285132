package nl.hamerslag.launcher;

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
 * The offline verifier on a bundle made here the way the gateway makes one: a signed head over five
 * leaves, a proof per event, a manifest. Intact it holds; one changed byte, a head that no longer
 * matches its signature, or a proof that leads elsewhere is named by file and event.
 */
class BundleVerifierTest {

    private static final Instant SIGNED = Instant.parse("2026-03-02T09:30:00.123Z");

    @Test
    void anIntactBundleHolds() throws Exception {
        BundleVerifier.Report report = BundleVerifier.verify(new Bundle().zip());

        assertThat(report.problems()).isEmpty();
        assertThat(report.ok()).anyMatch(line -> line.startsWith("services/drafting/tree-head.json: signed by key"))
                .anyMatch(line -> line.contains("event e-3 is leaf 3 of the signed tree"));
    }

    @Test
    void oneChangedByteInAnEventNamesTheFileAndTheEvent() throws Exception {
        Bundle bundle = new Bundle();
        bundle.seal();
        String path = "services/drafting/events/p-1/000003.json";
        byte[] event = bundle.files.get(path);
        String text = new String(event, StandardCharsets.UTF_8);
        int at = text.indexOf("Anna");
        event[at] = (byte) 'H'; // Anna becomes Hnna: one byte

        BundleVerifier.Report report = BundleVerifier.verify(bundle.zip());

        assertThat(report.holds()).isFalse();
        assertThat(report.problems()).containsExactly(path + ": changed since export (SHA-256 differs from SHA256SUMS); "
                + "event e-3, service drafting, stream p-1, sequence 3");
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

        assertThat(report.problems()).contains("services/drafting/proofs/1.json: the audit path of leaf 1 (event e-1) "
                + "does not lead to the signed root of size 6",
                "services/drafting/events/p-1/000001.json: event e-1 has no inclusion proof that holds");
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

    /** Six leaves of drafting, events e-0 .. e-5 of stream p-1, a head signed over all six, every proof. */
    private static final class Bundle {

        final Map<String, byte[]> files = new LinkedHashMap<>();
        final List<byte[]> leaves = new ArrayList<>();
        final KeyPair key;

        Bundle() {
            try {
                key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            for (int i = 0; i < 6; i++) {
                leaves.add(sha256(("leaf data " + i).getBytes(StandardCharsets.UTF_8), (byte) 0));
            }
            put("README.txt", "about".getBytes(StandardCharsets.UTF_8));
            put("services/drafting/tree-head.json", head(6, SIGNED).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 6; i++) {
                put("services/drafting/events/p-1/00000" + i + ".json", ("{\"eventIdentifier\":\"e-" + i
                        + "\",\"aggregateId\":\"p-1\",\"sequenceNumber\":" + i + ",\"leafIndex\":" + i
                        + ",\"actorName\":\"Anna de Steller\",\"payload\":{\"title\":\"Marktplein\"}}")
                        .getBytes(StandardCharsets.UTF_8));
                StringBuilder auditPath = new StringBuilder();
                for (byte[] node : path(i, leaves)) {
                    auditPath.append(auditPath.isEmpty() ? "" : ",").append('"').append(hex(node)).append('"');
                }
                put("services/drafting/proofs/" + i + ".json", ("{\"leafIndex\":" + i + ",\"treeSize\":6,\"leafHash\":\""
                        + leafHex(i) + "\",\"eventIdentifier\":\"e-" + i + "\",\"aggregateId\":\"p-1\",\"sequenceNumber\":"
                        + i + ",\"auditPath\":[" + auditPath + "],\"rootHash\":\"" + hex(root(leaves)) + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
            }
            put("missing.json", "[]".getBytes(StandardCharsets.UTF_8));
        }

        String leafHex(int i) {
            return hex(leaves.get(i));
        }

        String head(long size, Instant at) {
            String publicKey = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
            String keyId = hex(sha256(key.getPublic().getEncoded(), null));
            String head = "{\"service\":\"drafting\",\"treeSize\":" + size + ",\"rootHash\":\"" + hex(root(leaves))
                    + "\",\"timestamp\":\"" + at + "\",\"keyId\":\"" + keyId + "\",\"publicKey\":\"" + publicKey
                    + "\",\"signature\":\"" + signature(size, at) + "\"}";
            return "{\"keyId\":\"" + keyId + "\",\"publicKey\":\"" + publicKey + "\",\"heads\":[" + head + "]}";
        }

        String signature(long size, Instant at) {
            try {
                Signature signer = Signature.getInstance("Ed25519");
                signer.initSign(key.getPrivate());
                signer.update(BundleVerifier.signedBytes("drafting", size, root(leaves), at));
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
