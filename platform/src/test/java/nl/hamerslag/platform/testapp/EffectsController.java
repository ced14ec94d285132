package nl.hamerslag.platform.testapp;

import nl.hamerslag.contracts.ContentHash;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Endpoints whose every call has an effect a test can count (GET {@code /api/effects/{name}}), so that
 * a test of Idempotency-Key can show how many requests really got through. A file's effect is its
 * SHA-256, so a test can also see which upload was kept.
 */
@RestController
class EffectsController {

    private final Map<String, List<String>> effects = new ConcurrentHashMap<>();

    @PostMapping("/api/effects/{name}")
    @PreAuthorize("hasRole('AUTHOR')")
    ResponseEntity<Map<String, Integer>> act(@PathVariable String name, @RequestBody(required = false) String body) {
        return record(name, ContentHash.sha256(body == null ? "" : body).value());
    }

    @PostMapping(path = "/api/effects/{name}/files", consumes = "multipart/form-data")
    @PreAuthorize("hasRole('AUTHOR')")
    ResponseEntity<Map<String, Integer>> upload(@PathVariable String name, @RequestPart("file") MultipartFile file)
            throws IOException {
        return record(name, sha256(file));
    }

    /** Open to anyone, like every {@code /api/public/**} path. */
    @PostMapping("/api/public/effects/{name}")
    ResponseEntity<Map<String, Integer>> actAnonymously(@PathVariable String name,
                                                        @RequestBody(required = false) String body) {
        return act(name, body);
    }

    @GetMapping("/api/effects/{name}")
    List<String> effects(@PathVariable String name) {
        return effects.getOrDefault(name, List.of());
    }

    private ResponseEntity<Map<String, Integer>> record(String name, String effect) {
        List<String> list = effects.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>());
        int number;
        synchronized (list) {
            list.add(effect);
            number = list.size();
        }
        return ResponseEntity.created(URI.create("/api/effects/" + name + "/" + number)).body(Map.of("number", number));
    }

    private static String sha256(MultipartFile file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(file.getInputStream(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
