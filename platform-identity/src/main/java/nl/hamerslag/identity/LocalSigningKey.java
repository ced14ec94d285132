package nl.hamerslag.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * The RSA key that signs tokens for the local demo users. Generated once, at first start, into the
 * data folder ({@code keys/jwt-signing-key.json}, readable by its owner only) together with the
 * public key as PEM ({@code keys/jwt-public.pem}), which every service validates tokens with.
 * Never used outside local mode: production tokens come from the identity provider.
 */
public final class LocalSigningKey {

    public static final String PRIVATE_KEY_FILE = "jwt-signing-key.json";
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    private LocalSigningKey() {
    }

    /** The key in {@code keyDir}, created there first when it is missing. Safe to call from several processes. */
    public static synchronized RSAKey loadOrCreate(Path keyDir) {
        Path privateFile = keyDir.resolve(PRIVATE_KEY_FILE);
        try {
            if (!Files.exists(privateFile)) {
                create(keyDir, privateFile);
            }
            RSAKey key = RSAKey.parse(Files.readString(privateFile, StandardCharsets.UTF_8));
            Path publicFile = keyDir.resolve(PUBLIC_KEY_FILE);
            if (!Files.exists(publicFile)) {
                writeAtomically(publicFile, publicPem(key));
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the local signing key in " + keyDir, e);
        } catch (ParseException e) {
            throw new IllegalStateException(privateFile + " is not a valid JWK; delete it to have a new key made", e);
        }
    }

    /**
     * The key in {@code keyDir}, which must be there: a service signs its own token with it in local
     * mode, but only the launcher (or a test) makes it, so that no service ever starts a key of its own.
     */
    public static RSAKey load(Path keyDir) {
        Path privateFile = keyDir.resolve(PRIVATE_KEY_FILE);
        try {
            return RSAKey.parse(Files.readString(privateFile, StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException("no local signing key at " + privateFile + "; `./hamerslag up` makes it, "
                    + "or set hamerslag.service-identity.token-uri to get service tokens from an identity provider", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the local signing key " + privateFile, e);
        } catch (ParseException e) {
            throw new IllegalStateException(privateFile + " is not a valid JWK; delete it to have a new key made", e);
        }
    }

    public static Path publicKeyFile(Path keyDir) {
        return keyDir.resolve(PUBLIC_KEY_FILE);
    }

    /** The X.509 SubjectPublicKeyInfo PEM that Spring's {@code public-key-location} reads. */
    public static String publicPem(RSAKey key) {
        try {
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.toRSAPublicKey().getEncoded());
            return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
        } catch (JOSEException e) {
            throw new IllegalStateException("an RSA JWK always has a public key", e);
        }
    }

    private static void create(Path keyDir, Path privateFile) throws IOException {
        Files.createDirectories(keyDir);
        RSAKey key;
        try {
            key = new RSAKeyGenerator(2048).keyID("hamerslag-local-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
        // Two processes may race at first start: write to a temp file and move, so that nobody
        // ever reads half a key; the loser's key simply replaces the winner's before anyone signs.
        writeAtomically(privateFile, key.toJSONString());
        writeAtomically(keyDir.resolve(PUBLIC_KEY_FILE), publicPem(key));
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a non-POSIX file system (Windows) keeps its default permissions
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
