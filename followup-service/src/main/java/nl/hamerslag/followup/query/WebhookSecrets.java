package nl.hamerslag.followup.query;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Keeps webhook secrets encrypted at rest (AES-256-GCM): they must be read back to sign each delivery,
 * so a hash will not do. The key comes from {@code hamerslag.followup.webhooks.secret-key} (base64 of
 * 32 bytes, from the environment in production); without it, a key is made once in the data folder
 * ({@code keys/webhook-secret.key}), as the local signing key is.
 */
@Component
public class WebhookSecrets {

    private static final int IV_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    WebhookSecrets(@Value("${hamerslag.followup.webhooks.secret-key:}") String configuredKey,
                   @Value("${hamerslag.data-dir}") Path dataDir) {
        byte[] bytes = configuredKey.isBlank() ? localKey(dataDir.resolve("keys").resolve("webhook-secret.key"))
                : Base64.getDecoder().decode(configuredKey.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("hamerslag.followup.webhooks.secret-key must be the base64 of 32 random "
                    + "bytes (e.g. openssl rand -base64 32); it is " + bytes.length + " bytes");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public byte[] encrypt(String secret) {
        try {
            byte[] iv = new byte[IV_LENGTH];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(IV_LENGTH + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a webhook secret", e);
        }
    }

    public String decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, IV_LENGTH));
            return new String(cipher.doFinal(stored, IV_LENGTH, stored.length - IV_LENGTH), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a webhook secret cannot be decrypted: was "
                    + "hamerslag.followup.webhooks.secret-key changed? Register the webhook again.", e);
        }
    }

    private static byte[] localKey(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the folder's own permissions apply
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the webhook secret key " + file, e);
        }
    }
}
