package nl.hamerslag.publication.zgw;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.hamerslag.platform.identity.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** ZGW Documenten API 1.5 (read side) over our decisions' documents: enkelvoudiginformatieobjecten and their bytes. */
@RestController
@RequestMapping(path = ZgwUrls.DOCUMENTEN)
@Tag(name = "ZGW Documenten API", description = "De documenten van besluiten als enkelvoudige informatieobjecten "
        + "volgens de ZGW Documenten API 1.5 (alleen lezen), met vertrouwelijkheidaanduiding en integriteit (SHA-256). "
        + "Voor applicaties met de scope documenten.lezen; een applicatie ziet niets boven haar maximale "
        + "vertrouwelijkheidaanduiding.")
class DocumentenApi {

    static final String API_VERSION = "1.5.0";

    private final ZgwAuthorisations authorisations;
    private final ZgwQueries queries;
    private final ZgwResources resources;
    private final ZgwProperties properties;
    private final DecisionDocumentContent content;

    DocumentenApi(ZgwAuthorisations authorisations, ZgwQueries queries, ZgwResources resources, ZgwProperties properties,
                  DecisionDocumentContent content) {
        this.authorisations = authorisations;
        this.queries = queries;
        this.resources = resources;
        this.properties = properties;
        this.content = content;
    }

    @GetMapping(path = "/enkelvoudiginformatieobjecten", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Alle enkelvoudige informatieobjecten opvragen", description = "Gepagineerd (count, next, "
            + "previous, results), oudste besluit eerst; alleen documenten tot en met de maximale "
            + "vertrouwelijkheidaanduiding van de applicatie.")
    @ApiResponse(responseCode = "200", description = "Een pagina informatieobjecten")
    @ApiResponse(responseCode = "400", description = ZgwDescriptions.BAD_REQUEST)
    @ApiResponse(responseCode = "403", description = ZgwDescriptions.FORBIDDEN)
    ResponseEntity<ZgwPage<EnkelvoudigInformatieObject>> informatieobjecten(Caller caller, HttpServletRequest request,
            @Parameter(description = "Identificatie van het informatieobject") @RequestParam(required = false) String identificatie,
            @Parameter(description = "RSIN van de bronorganisatie") @RequestParam(required = false) String bronorganisatie,
            @Parameter(description = ZgwDescriptions.PAGE) @RequestParam(required = false) Integer page) {
        ZgwAuthorisation authorisation = authorisations.require(caller, ZgwScope.DOCUMENTEN_LEZEN);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("identificatie", identificatie);
        filters.put("bronorganisatie", bronorganisatie);
        ZgwPaging paging = ZgwPaging.of(page, properties.pageSize(), filters);
        ZgwUrls urls = ZgwUrls.of(request);
        if (bronorganisatie != null && !bronorganisatie.equals(properties.rsin())) {
            return ok(paging.page(0, List.of(), urls, path()));
        }
        if (identificatie != null) {
            // our identificatie is the informatieobject's uuid: at most one
            List<EnkelvoudigInformatieObject> found = uuid(identificatie)
                    .flatMap(uuid -> queries.document(ZgwIds.INFORMATIEOBJECT, uuid, authorisation))
                    .map(d -> resources.informatieobject(d, urls)).stream().toList();
            paging.requireWithin(found.size());
            return ok(paging.page(found.size(), found, urls, path()));
        }
        long count = queries.countDocuments(authorisation);
        paging.requireWithin(count);
        return ok(paging.page(count, queries.documents(authorisation, paging.offset(), paging.size()).stream()
                .map(d -> resources.informatieobject(d, urls)).toList(), urls, path()));
    }

    @GetMapping(path = "/enkelvoudiginformatieobjecten/{uuid}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een specifiek enkelvoudig informatieobject opvragen", description = "Metadata met de "
            + "downloadlink (inhoud) en de SHA-256 (integriteit).")
    @ApiResponse(responseCode = "200", description = "Het informatieobject")
    @ApiResponse(responseCode = "400", description = ZgwDescriptions.BAD_REQUEST)
    @ApiResponse(responseCode = "403", description = ZgwDescriptions.FORBIDDEN)
    @ApiResponse(responseCode = "404", description = ZgwDescriptions.NOT_FOUND)
    ResponseEntity<EnkelvoudigInformatieObject> informatieobject(Caller caller, HttpServletRequest request,
            @Parameter(description = ZgwDescriptions.UUID) @PathVariable UUID uuid) {
        ZgwAuthorisation authorisation = authorisations.require(caller, ZgwScope.DOCUMENTEN_LEZEN);
        return ok(resources.informatieobject(find(uuid, authorisation), ZgwUrls.of(request)));
    }

    @GetMapping(path = "/enkelvoudiginformatieobjecten/{uuid}/download")
    @Operation(summary = "De inhoud van een enkelvoudig informatieobject downloaden", description = "De bytes, "
            + "gecontroleerd tegen de SHA-256 in integriteit voordat ze verstuurd worden.")
    @ApiResponse(responseCode = "200", description = "De inhoud", content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = ZgwDescriptions.BAD_REQUEST)
    @ApiResponse(responseCode = "403", description = ZgwDescriptions.FORBIDDEN)
    @ApiResponse(responseCode = "404", description = ZgwDescriptions.NOT_FOUND)
    ResponseEntity<byte[]> download(Caller caller, @Parameter(description = ZgwDescriptions.UUID) @PathVariable UUID uuid) {
        ZgwAuthorisation authorisation = authorisations.require(caller, ZgwScope.DOCUMENTEN_LEZEN);
        DocumentRecord document = find(uuid, authorisation);
        byte[] bytes = content.verified(document);
        return ResponseEntity.ok().header("API-version", API_VERSION)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .eTag("\"" + document.sha256() + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.name(), StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    private DocumentRecord find(UUID uuid, ZgwAuthorisation authorisation) {
        return queries.document(ZgwIds.INFORMATIEOBJECT, uuid, authorisation)
                .orElseThrow(() -> ZgwRefusal.notFound("There is no enkelvoudiginformatieobject " + uuid + "."));
    }

    private static Optional<UUID> uuid(String identificatie) {
        try {
            return Optional.of(UUID.fromString(identificatie));
        } catch (IllegalArgumentException notOurs) {
            // an identificatie of another organisation's kind names none of ours: an empty list, as a filter does
            return Optional.empty();
        }
    }

    private static String path() {
        return ZgwUrls.DOCUMENTEN + "/enkelvoudiginformatieobjecten";
    }

    private static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().header("API-version", API_VERSION).body(body);
    }
}
