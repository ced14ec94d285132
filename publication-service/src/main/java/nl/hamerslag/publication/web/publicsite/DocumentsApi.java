package nl.hamerslag.publication.web.publicsite;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.publication.query.catalogue.CatalogueQueries;
import nl.hamerslag.publication.query.catalogue.DocumentContent;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

@RestController
@Tag(name = "Openbare documenten", description = "De bytes van een openbaar document, op zijn SHA-256.")
class DocumentsApi {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final CatalogueQueries catalogue;

    DocumentsApi(CatalogueQueries catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The ETag is the hash itself (the bytes never change under it), but every use revalidates
     * (no-cache): a withdrawn document must stop being served at once, also from caches.
     */
    @GetMapping("/api/public/documents/{sha256}")
    @Operation(summary = "Een openbaar document downloaden", description = "Alleen zolang een openbare publicatie het "
            + "document noemt. ETag is de SHA-256; met If-None-Match volgt 304. Content-Disposition noemt de "
            + "bestandsnaam.")
    @ApiResponse(responseCode = "200", description = "De bytes van het document")
    @ApiResponse(responseCode = "304", description = "Ongewijzigd (If-None-Match kwam overeen)")
    @ApiResponse(responseCode = "400", description = "Geen SHA-256 (64 hexadecimale tekens)")
    @ApiResponse(responseCode = "404", description = "Geen openbaar document met deze SHA-256")
    ResponseEntity<byte[]> document(
            @Parameter(description = "SHA-256 van het document, 64 hexadecimale tekens") @PathVariable String sha256,
            @Parameter(description = "De ETag van een eerder opgehaalde versie")
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new NotASha256();
        }
        DocumentContent document = catalogue.document(sha256.toLowerCase(Locale.ROOT)).orElseThrow(DocumentNotFound::new);
        String etag = "\"" + document.sha256() + "\"";
        ResponseEntity.BodyBuilder response = ResponseEntity.status(etag.equals(ifNoneMatch) ? HttpStatus.NOT_MODIFIED
                : HttpStatus.OK).eTag(etag).cacheControl(CacheControl.noCache());
        if (etag.equals(ifNoneMatch)) {
            return response.build();
        }
        return response.contentType(mediaType(document))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                // a public document is shown, never run: no script of an HTML or SVG document on our origin
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(document.content());
    }

    private static MediaType mediaType(DocumentContent document) {
        try {
            return MediaType.parseMediaType(document.mediaType());
        } catch (InvalidMediaTypeException e) {
            // stored as the owner named it; a name Spring cannot read is still a download
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
