package nl.hamerslag.drafting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.drafting.content.ContentStore;
import nl.hamerslag.drafting.content.StoredContent;
import nl.hamerslag.platform.identity.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.regex.Pattern;

/**
 * Documents by content hash, for other services only (a meeting package, a publication): they call
 * drafting directly with their own token, not through the gateway, and verify the hash on arrival.
 */
@RestController
@Tag(name = "Documenten voor diensten", description = "De inhoud van een document op SHA-256, alleen voor andere "
        + "Hamerslag-diensten met hun eigen token (niet via de gateway). Mensen downloaden bijlagen via hun voorstel.")
public class DocumentController {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final ContentStore store;

    public DocumentController(ContentStore store) {
        this.store = store;
    }

    @GetMapping("/api/documents/{sha256}")
    @Operation(summary = "Document op hash ophalen (diensten)",
            description = "De inhoud met deze SHA-256, in stukken gestreamd, met het bij opslag herkende Content-Type "
                    + "en de hash als ETag. Alleen met het token van een Hamerslag-dienst (SYSTEM).")
    @ApiResponse(responseCode = "200", description = "De inhoud")
    @ApiResponse(responseCode = "400", description = "Geen SHA-256 (64 kleine hexadecimale tekens)")
    @ApiResponse(responseCode = "403", description = "Geen dienst: mensen downloaden bijlagen via hun voorstel")
    @ApiResponse(responseCode = "404", description = "Geen document met deze hash")
    public ResponseEntity<StreamingResponseBody> document(
            @Parameter(description = "SHA-256 van de inhoud, 64 kleine hexadecimale tekens") @PathVariable String sha256,
            Caller caller) {
        if (!caller.holds(Role.SYSTEM)) {
            throw new OnlyForServices();
        }
        if (!SHA256_HEX.matcher(sha256).matches()) {
            throw new NotAContentHash();
        }
        StoredContent content = store.find(ContentHash.of(sha256)).orElseThrow(() -> new DocumentNotFound(sha256));
        store.requireIntact(content.sha256());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.mediaType()))
                .contentLength(content.size())
                .eTag("\"" + sha256 + "\"")
                .body(out -> store.copyTo(content.sha256(), out));
    }
}
