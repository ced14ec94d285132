package nl.hamerslag.publication.zgw;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.platform.identity.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** ZGW Besluiten API 1.0 (read side) over our decisions: besluiten and besluitinformatieobjecten. */
@RestController
@RequestMapping(path = ZgwUrls.BESLUITEN, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "ZGW Besluiten API", description = "De besluiten van college, commissies en raad volgens de ZGW Besluiten "
        + "API 1.0 (alleen lezen), met hun documenten als besluitinformatieobjecten. Voor applicaties met de scope "
        + "besluiten.lezen; een applicatie ziet niets boven haar maximale vertrouwelijkheidaanduiding.")
class BesluitenApi {

    static final String API_VERSION = "1.0.2";

    private final ZgwAuthorisations authorisations;
    private final ZgwQueries queries;
    private final ZgwResources resources;
    private final ZgwProperties properties;

    BesluitenApi(ZgwAuthorisations authorisations, ZgwQueries queries, ZgwResources resources, ZgwProperties properties) {
        this.authorisations = authorisations;
        this.queries = queries;
        this.resources = resources;
        this.properties = properties;
    }

    @GetMapping("/besluiten")
    @Operation(summary = "Alle besluiten opvragen", description = "Gepagineerd (count, next, previous, results), oudste "
            + "eerst; de filters worden gecombineerd. Alleen besluiten tot en met de maximale vertrouwelijkheidaanduiding "
            + "van de applicatie.")
    @ApiResponse(responseCode = "200", description = "Een pagina besluiten")
    @ApiResponse(responseCode = "400", description = ZgwDescriptions.BAD_REQUEST)
    @ApiResponse(responseCode = "403", description = ZgwDescriptions.FORBIDDEN)
    ResponseEntity<ZgwPage<Besluit>> besluiten(Caller caller, HttpServletRequest request,
            @Parameter(description = "Identificatie van het besluit (ons besluit-id)") @RequestParam(required = false) String identificatie,
            @Parameter(description = "RSIN van de organisatie die het besluit vaststelde") @RequestParam(required = false) String verantwoordelijkeOrganisatie,
            @Parameter(description = "URL van het besluittype") @RequestParam(required = false) String besluittype,
            @Parameter(description = "URL van de zaak; besluiten hier horen bij geen zaak") @RequestParam(required = false) String zaak,
            @Parameter(description = ZgwDescriptions.PAGE) @RequestParam(required = false) Integer page) {
        ZgwAuthorisation authorisation = authorisations.require(caller, ZgwScope.BESLUITEN_LEZEN);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("identificatie", identificatie);
        filters.put("verantwoordelijkeOrganisatie", verantwoordelijkeOrganisatie);
        filters.put("besluittype", besluittype);
        filters.put("zaak", zaak);
        ZgwPaging paging = ZgwPaging.of(page, properties.pageSize(), filters);
        ZgwUrls urls = ZgwUrls.of(request);
        List<DecidingBody> bodies = besluittype == null ? null : resources.bodiesOfType(besluittype);
        boolean none = zaak != null
                || (verantwoordelijkeOrganisatie != null && !verantwoordelijkeOrganisatie.equals(properties.rsin()));
        ZgwQueries.DecisionFilter filter = new ZgwQueries.DecisionFilter(identificatie, none ? List.of() : bodies);
        long count = queries.countDecisions(filter, authorisation);
        paging.requireWithin(count);
        List<Besluit> results = queries.decisions(filter, authorisation, paging.offset(), paging.size()).stream()
                .map(decision -> resources.besluit(decision, urls)).toList();
        return ok(paging.page(count, results, urls, ZgwUrls.BESLUITEN + "/besluiten"));
    }

    @GetMapping("/besluiten/{uuid}")
    @Operation(summary = "Een specifiek besluit opvragen")
    @ApiResponse(responseCode = "200", description = "Het besluit")
    @ApiResponse(responseCode = "400", description = ZgwDescriptions.BAD_REQUEST)
    @ApiResponse(responseCode = "403", description = ZgwDescriptions.FORBIDDEN)
    @ApiResponse(responseCode = "404", description = ZgwDescriptions.NOT_FOUND)
    ResponseEntity<Besluit> besluit(Caller caller, HttpServletRequest request,
                                    @Parameter(description = ZgwDescriptions.UUID) @PathVariable UUID uuid) {
        ZgwAuthorisation authorisation = authorisations.require(caller, ZgwScope.BESLUITEN_LEZEN);
        return ok(queries.decision(uuid, authorisation).map(decision -> resources.besluit(decision, ZgwUrls.of(request)))
                .orElseThrow(() -> ZgwRefusal.notFound("There is no besluit " + uuid + ".")));
    }

    @GetMapping("/besluitinformatieobjecten")
    @Operation(summary = "Alle besluit-informatieobjectrelaties opvragen", description = "Niet gepagineerd (zoals de "
            + "standaard); de documenten van elk besluit, met de filters gecombineerd.")
    @ApiResponse(responseCode = "200", description = "De relaties")
    @ApiResponse(responseCode = "400", description = ZgwDescriptions.BAD_REQUEST)
    @ApiResponse(responseCode = "403", description = ZgwDescriptions.FORBIDDEN)
    ResponseEntity<List<BesluitInformatieObject>> besluitinformatieobjecten(Caller caller, HttpServletRequest request,
            @Parameter(description = "URL van het besluit") @RequestParam(required = false) String besluit,
            @Parameter(description = "URL van het informatieobject (Documenten API)") @RequestParam(required = false) String informatieobject) {
        ZgwAuthorisation authorisation = authorisations.require(caller, ZgwScope.BESLUITEN_LEZEN);
        UUID decision = besluit == null ? null : ZgwReferences.uuid("besluit", besluit, "besluiten");
        UUID document = informatieobject == null ? null
                : ZgwReferences.uuid("informatieobject", informatieobject, "enkelvoudiginformatieobjecten");
        ZgwUrls urls = ZgwUrls.of(request);
        return ok(queries.documentsOf(decision, document, authorisation).stream()
                .map(d -> resources.besluitinformatieobject(d, urls)).toList());
    }

    @GetMapping("/besluitinformatieobjecten/{uuid}")
    @Operation(summary = "Een specifieke besluit-informatieobjectrelatie opvragen")
    @ApiResponse(responseCode = "200", description = "De relatie")
    @ApiResponse(responseCode = "400", description = ZgwDescriptions.BAD_REQUEST)
    @ApiResponse(responseCode = "403", description = ZgwDescriptions.FORBIDDEN)
    @ApiResponse(responseCode = "404", description = ZgwDescriptions.NOT_FOUND)
    ResponseEntity<BesluitInformatieObject> besluitinformatieobject(Caller caller, HttpServletRequest request,
            @Parameter(description = ZgwDescriptions.UUID) @PathVariable UUID uuid) {
        ZgwAuthorisation authorisation = authorisations.require(caller, ZgwScope.BESLUITEN_LEZEN);
        return ok(queries.document(ZgwIds.BESLUITINFORMATIEOBJECT, uuid, authorisation)
                .map(d -> resources.besluitinformatieobject(d, ZgwUrls.of(request)))
                .orElseThrow(() -> ZgwRefusal.notFound("There is no besluitinformatieobject " + uuid + ".")));
    }

    private static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().header("API-version", API_VERSION).body(body);
    }
}
