package nl.hamerslag.publication.web.publicsite;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.publication.query.catalogue.CatalogueQueries;
import nl.hamerslag.publication.query.catalogue.PublicPublication;
import nl.hamerslag.publication.query.catalogue.ResultPage;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping(path = "/api/public", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Openbare publicaties", description = "Zonder token: alles wat openbaar is gepubliceerd (of als gelakte "
        + "openbare versie), en niets anders. Nieuwste eerst.")
class PublicationsApi {

    private final CatalogueQueries catalogue;
    private final PublicationLookup lookup;

    PublicationsApi(CatalogueQueries catalogue, PublicationLookup lookup) {
        this.catalogue = catalogue;
        this.lookup = lookup;
    }

    @GetMapping("/publications")
    @Operation(summary = "Zoeken in openbare publicaties", description = "Besluiten, agenda's, vergaderstukken, "
            + "besluitenlijsten en andere openbare publicaties, nieuwste eerst, per pagina met totalen. Alle filters zijn "
            + "optioneel en worden gecombineerd.")
    @ApiResponse(responseCode = "200", description = "Een pagina met publicaties en hun documenten")
    @ApiResponse(responseCode = "400", description = Descriptions.BAD_REQUEST)
    ResultPage<PublicPublication> publications(
            @Parameter(description = Descriptions.Q) @RequestParam(required = false) String q,
            @Parameter(description = Descriptions.BODY) @RequestParam(required = false) String body,
            @Parameter(description = Descriptions.CATEGORY) @RequestParam(required = false) String category,
            @Parameter(description = Descriptions.FROM) @RequestParam(required = false) String from,
            @Parameter(description = Descriptions.TO) @RequestParam(required = false) String to,
            @Parameter(description = Descriptions.DATE_FIELD) @RequestParam(required = false) String dateField,
            @Parameter(description = Descriptions.PAGE) @RequestParam(required = false) String page,
            @Parameter(description = Descriptions.SIZE) @RequestParam(required = false) String size) {
        return catalogue.search(new SearchParameters(q, body, category, from, to, dateField, page, size).require());
    }

    @GetMapping("/publications/{id}")
    @Operation(summary = "Eén openbare publicatie", description = "De publicatie met haar documenten (elk met "
            + "SHA-256 en downloadadres).")
    @ApiResponse(responseCode = "200", description = "De publicatie")
    @ApiResponse(responseCode = "404", description = Descriptions.NOT_FOUND)
    @ApiResponse(responseCode = "410", description = Descriptions.GONE)
    PublicPublication publication(@Parameter(description = Descriptions.ID) @PathVariable UUID id) {
        return lookup.publication(id);
    }

    @GetMapping("/decisions")
    @Operation(summary = "Zoeken in openbare besluiten", description = "Als /publications, alleen besluiten "
            + "(soort DECISION).")
    @ApiResponse(responseCode = "200", description = "Een pagina met besluiten")
    @ApiResponse(responseCode = "400", description = Descriptions.BAD_REQUEST)
    ResultPage<PublicPublication> decisions(
            @Parameter(description = Descriptions.Q) @RequestParam(required = false) String q,
            @Parameter(description = Descriptions.BODY) @RequestParam(required = false) String body,
            @Parameter(description = Descriptions.CATEGORY) @RequestParam(required = false) String category,
            @Parameter(description = Descriptions.FROM) @RequestParam(required = false) String from,
            @Parameter(description = Descriptions.TO) @RequestParam(required = false) String to,
            @Parameter(description = Descriptions.DATE_FIELD) @RequestParam(required = false) String dateField,
            @Parameter(description = Descriptions.PAGE) @RequestParam(required = false) String page,
            @Parameter(description = Descriptions.SIZE) @RequestParam(required = false) String size) {
        return catalogue.search(new SearchParameters(q, body, category, from, to, dateField, page, size).require()
                .withKind(PublicPublication.DECISION));
    }

    @GetMapping("/decisions/{id}")
    @Operation(summary = "Eén openbaar besluit", description = "Het besluit met zijn documenten; een id dat geen "
            + "openbaar besluit is, geeft 404.")
    @ApiResponse(responseCode = "200", description = "Het besluit")
    @ApiResponse(responseCode = "404", description = Descriptions.NOT_FOUND)
    @ApiResponse(responseCode = "410", description = Descriptions.GONE)
    PublicPublication decision(@Parameter(description = Descriptions.ID) @PathVariable UUID id) {
        return lookup.decision(id);
    }
}
