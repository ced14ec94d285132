package nl.hamerslag.platform.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signs this service's tree heads with an Ed25519 key of its own: {@code tree-head-<service>.key}
 * (PKCS#8 and X.509, base64, a line each, owner-readable only) in the key folder, and {@code tree-head-<service>.pub}
 * (X.509 PEM) beside it for whoever verifies. Made at first use: no other process ever holds it,
 * unlike the local identity's token key, which every service can read (ADR 35).
 */
public final class TreeHeadSigner {

    private final String service;
    private final PrivateKey privateKey;
    private final String publicKey;
    private final String keyId;

    private TreeHeadSigner(String service, KeyPair keys) {
        this.service = service;
        this.privateKey = keys.getPrivate();
        byte[] encoded = keys.getPublic().getEncoded();
        this.publicKey = Base64.getEncoder().encodeToString(encoded);
        this.keyId = HexFormat.of().formatHex(nl.hamerslag.platform.eventstore.CanonicalBytes.sha256(encoded));
    }

    public static synchronized TreeHeadSigner loadOrCreate(Path keyDir, String service) {
        Path privateFile = keyDir.resolve("tree-head-" + service + ".key");
        try {
            if (!Files.exists(privateFile)) {
                create(keyDir, privateFile, service);
            }
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            // one file holds both halves, so that two processes racing at first start can never pair
            // one's private key with the other's public key
            String[] lines = Files.readString(privateFile, StandardCharsets.US_ASCII).strip().split("\n");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines[0].strip())));
            byte[] x509 = Base64.getDecoder().decode(lines[1].strip());
            return new TreeHeadSigner(service, new KeyPair(factory.generatePublic(new X509EncodedKeySpec(x509)), privateKey));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the tree-head key in " + keyDir, e);
        } catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException(privateFile + " is not an Ed25519 key; move it away to have a new one made "
                    + "(earlier tree heads stay verifiable with the public key they carry)", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    public String publicKey() {
        return publicKey;
    }

    public SignedTreeHead sign(long treeSize, byte[] root, Instant at) {
        Instant timestamp = Instant.ofEpochMilli(at.toEpochMilli());
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(SignedTreeHead.signedBytes(service, treeSize, root, timestamp));
            return new SignedTreeHead(service, treeSize, HexFormat.of().formatHex(root), timestamp, keyId, publicKey,
                    Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a tree head with Ed25519", e);
        }
    }

    private static void create(Path keyDir, Path privateFile, String service) throws IOException {
        Files.createDirectories(keyDir);
        KeyPair keys;
        try {
            keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime cannot make Ed25519 keys", e);
        }
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        writeAtomically(privateFile, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()) + "\n"
                + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n");
        writeAtomically(keyDir.resolve("tree-head-" + service + ".pub"), pem);
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.writeString(tmp, content, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a non-POSIX file system (Windows) keeps its default permissions
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
