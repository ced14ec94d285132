package nl.hamerslag.platform.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.identity.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one way a service serves the documents it owns to other services (docs/decisions/0033): by
 * content hash, to a service's own token only. Services call the owner directly, not through the
 * gateway, and verify the hash on arrival ({@link HttpDocuments}).
 */
@RestController
@Tag(name = "Documenten voor diensten", description = "De inhoud van een document op SHA-256, alleen voor andere "
        + "Hamerslag-diensten met hun eigen token (niet via de gateway). Mensen downloaden een document via waar het "
        + "bij hoort: hun voorstel, de vergadering, het vervolgitem.")
public class OwnedDocumentController {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final List<OwnedDocuments> sources;

    public OwnedDocumentController(List<OwnedDocuments> sources) {
        this.sources = List.copyOf(sources);
    }

    @GetMapping("/api/documents/{sha256}")
    @Operation(summary = "Document op hash ophalen (diensten)",
            description = "De inhoud met deze SHA-256, gestreamd, met het Content-Type van het document en de hash als "
                    + "ETag. Alleen met het token van een Hamerslag-dienst (SYSTEM); alleen documenten die deze dienst "
                    + "zelf heeft gemaakt of ontvangen, geen kopieën van documenten van andere diensten.")
    @ApiResponse(responseCode = "200", description = "De inhoud")
    @ApiResponse(responseCode = "400", description = "Geen SHA-256 (64 kleine hexadecimale tekens)")
    @ApiResponse(responseCode = "403", description = "Geen dienst: mensen downloaden een document via waar het bij hoort")
    @ApiResponse(responseCode = "404", description = "Geen document met deze hash bij deze dienst")
    public ResponseEntity<StreamingResponseBody> document(
            @Parameter(description = "SHA-256 van de inhoud, 64 kleine hexadecimale tekens") @PathVariable String sha256,
            Caller caller) {
        if (!caller.holds(Role.SYSTEM)) {
            throw new OnlyForServices();
        }
        if (!SHA256_HEX.matcher(sha256).matches()) {
            throw new NotAContentHash();
        }
        OwnedDocument document = find(ContentHash.of(sha256)).orElseThrow(() -> new DocumentNotFound(sha256));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(document.size())
                .eTag("\"" + sha256 + "\"");
        if (document.fileName() != null) {
            ok.header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString());
        }
        return ok.body(out -> document.content().writeTo(out));
    }

    private Optional<OwnedDocument> find(ContentHash sha256) {
        return sources.stream().map(source -> source.find(sha256)).flatMap(Optional::stream).findFirst();
    }
}
