package nl.hamerslag.platform.audit;

import nl.hamerslag.platform.eventstore.CanonicalBytes;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signed tree head (RFC 9162 section 4.10, in our own encoding): the root of the first
 * {@code treeSize} leaves of one service's log at {@code timestamp}, signed with Ed25519 by that
 * service. The signature covers {@link #signedBytes()}; anyone with the public key can check it
 * with a stock JDK ({@code Signature.getInstance("Ed25519")}) or openssl.
 *
 * @param rootHash  SHA-256 root, lower-case hex
 * @param timestamp when it was signed, in whole milliseconds
 * @param keyId     SHA-256 (hex) of the public key's X.509 encoding
 * @param publicKey the public key, X.509 SubjectPublicKeyInfo, base64
 * @param signature Ed25519 signature of {@link #signedBytes()}, base64
 */
public record SignedTreeHead(String service, long treeSize, String rootHash, Instant timestamp, String keyId,
                             String publicKey, String signature) {

    /** The bytes signed: tag, service, size, time (ms), root, each length-prefixed ({@link CanonicalBytes}). */
    public byte[] signedBytes() {
        return signedBytes(service, treeSize, HexFormat.of().parseHex(rootHash), timestamp);
    }

    static byte[] signedBytes(String service, long treeSize, byte[] root, Instant timestamp) {
        return CanonicalBytes.tagged("hamerslag-tree-head-v1")
                .text(service)
                .number(treeSize)
                .number(timestamp.toEpochMilli())
                .bytes(root)
                .toByteArray();
    }

    public byte[] root() {
        return HexFormat.of().parseHex(rootHash);
    }

    /** Whether the signature is this head's, made by the key it names. */
    public boolean signatureValid() {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signedBytes());
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // a key or signature that does not even decode is simply not a valid signature
            return false;
        }
    }

    /** Whether this head was signed by the key that {@code trusted} names (a key pinned by the auditor). */
    public boolean signedBy(String trustedKeyId) {
        return keyId.equals(trustedKeyId) && signatureValid();
    }
}
