package nl.hamerslag.publication.ori.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.publication.ori.OriLinks;
import nl.hamerslag.publication.ori.OriResourceType;
import nl.hamerslag.publication.ori.OriStore;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * The ORI resources, read-only, as Open Raadsinformatie 2.0 names them, with mini-ORI's
 * {@code wooInformatiecategorie} and {@code webpaginaLink}: exactly the current state the feed's snapshot has.
 */
@RestController
@Tag(name = "ORI-resources", description = "Open Raadsinformatie 2.0 (alleen lezen): openbare vergaderingen, "
        + "agendapunten, besluiten, stemmingen (met resultaat per fractie), fracties en informatieobjecten, met wooInformatiecategorie en webpaginaLink uit mini-ORI. "
        + "Geen token nodig; alleen wat openbaar gepubliceerd is.")
class OriResourcesController {

    private static final int PAGE_SIZE = 100;
    private static final String PAGE = "Paginanummer, vanaf 1 (100 per pagina)";
    private static final String ID = "Het id van de resource, zoals de lijst en de feed het geven";
    private static final String NOT_FOUND = "Geen openbare resource met dit id (hetzelfde antwoord voor een id dat "
            + "nooit bestond en een dat niet openbaar is)";
    private static final String BAD_REQUEST = "Een parameter is onbruikbaar; het antwoord zegt wat u kunt sturen.";

    private final OriStore store;
    private final OriLinks links;

    OriResourcesController(OriStore store, OriLinks links) {
        this.store = store;
        this.links = links;
    }

    @GetMapping(path = OriLinks.API + "/vergaderingen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Vergaderingen", description = "Openbare vergaderingen van gemeenteraad en raadscommissies "
            + "(ORI kent geen vergadertype voor het college).")
    @ApiResponse(responseCode = "200", description = "Een pagina vergaderingen")
    @ApiResponse(responseCode = "400", description = BAD_REQUEST)
    OriPageResponse vergaderingen(@Parameter(description = PAGE) @RequestParam(required = false) String page) {
        return list(OriResourceType.VERGADERING, page);
    }

    @GetMapping(path = OriLinks.API + "/vergaderingen/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Eén vergadering")
    @ApiResponse(responseCode = "200", description = "De vergadering")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    JsonNode vergadering(@Parameter(description = ID) @PathVariable String id) {
        return one(OriResourceType.VERGADERING, id);
    }

    @GetMapping(path = OriLinks.API + "/agendapunten", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Agendapunten", description = "De openbare punten van gepubliceerde agenda's.")
    @ApiResponse(responseCode = "200", description = "Een pagina agendapunten")
    @ApiResponse(responseCode = "400", description = BAD_REQUEST)
    OriPageResponse agendapunten(@Parameter(description = PAGE) @RequestParam(required = false) String page) {
        return list(OriResourceType.AGENDAPUNT, page);
    }

    @GetMapping(path = OriLinks.API + "/agendapunten/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Eén agendapunt")
    @ApiResponse(responseCode = "200", description = "Het agendapunt")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    JsonNode agendapunt(@Parameter(description = ID) @PathVariable String id) {
        return one(OriResourceType.AGENDAPUNT, id);
    }

    @GetMapping(path = OriLinks.API + "/besluiten", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Besluiten", description = "Openbaar gepubliceerde besluiten (van college, commissie en raad).")
    @ApiResponse(responseCode = "200", description = "Een pagina besluiten")
    @ApiResponse(responseCode = "400", description = BAD_REQUEST)
    OriPageResponse besluiten(@Parameter(description = PAGE) @RequestParam(required = false) String page) {
        return list(OriResourceType.BESLUIT, page);
    }

    @GetMapping(path = OriLinks.API + "/besluiten/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Eén besluit")
    @ApiResponse(responseCode = "200", description = "Het besluit")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    JsonNode besluit(@Parameter(description = ID) @PathVariable String id) {
        return one(OriResourceType.BESLUIT, id);
    }

    @GetMapping(path = OriLinks.API + "/stemmingen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Stemmingen", description = "Openbaar gepubliceerde stemmingen van gemeenteraad en "
            + "raadscommissies, elk bij zijn agendapunt, met de uitslag (voor, tegen of gelijk) en het soort stemming "
            + "(hoofdelijk; regulier voor 'zonder stemming aangenomen'). Wie hoe stemde staat op de webpagina "
            + "(webpaginaLink); ORI-stemmen (per aanwezige deelnemer) bieden we niet.")
    @ApiResponse(responseCode = "200", description = "Een pagina stemmingen")
    @ApiResponse(responseCode = "400", description = BAD_REQUEST)
    OriPageResponse stemmingen(@Parameter(description = PAGE) @RequestParam(required = false) String page) {
        return list(OriResourceType.STEMMING, page);
    }

    @GetMapping(path = OriLinks.API + "/stemmingen/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Eén stemming")
    @ApiResponse(responseCode = "200", description = "De stemming")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    JsonNode stemming(@Parameter(description = ID) @PathVariable String id) {
        return one(OriResourceType.STEMMING, id);
    }

    @GetMapping(path = OriLinks.API + "/stemresultatenperfractie", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Stemresultaten per fractie", description = "Per openbare stemming en fractie: aangenomen "
            + "(de hele fractie stemde voor), verworpen (de hele fractie stemde tegen) of verdeeld.")
    @ApiResponse(responseCode = "200", description = "Een pagina stemresultaten per fractie")
    @ApiResponse(responseCode = "400", description = BAD_REQUEST)
    OriPageResponse stemresultatenPerFractie(@Parameter(description = PAGE) @RequestParam(required = false) String page) {
        return list(OriResourceType.STEMRESULTAAT_PER_FRACTIE, page);
    }

    @GetMapping(path = OriLinks.API + "/stemresultatenperfractie/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Eén stemresultaat per fractie")
    @ApiResponse(responseCode = "200", description = "Het stemresultaat van één fractie in één stemming")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    JsonNode stemresultaatPerFractie(@Parameter(description = ID) @PathVariable String id) {
        return one(OriResourceType.STEMRESULTAAT_PER_FRACTIE, id);
    }

    @GetMapping(path = OriLinks.API + "/fracties", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Fracties", description = "De fracties die in een openbaar gepubliceerde stemming voorkomen.")
    @ApiResponse(responseCode = "200", description = "Een pagina fracties")
    @ApiResponse(responseCode = "400", description = BAD_REQUEST)
    OriPageResponse fracties(@Parameter(description = PAGE) @RequestParam(required = false) String page) {
        return list(OriResourceType.FRACTIE, page);
    }

    @GetMapping(path = OriLinks.API + "/fracties/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Eén fractie")
    @ApiResponse(responseCode = "200", description = "De fractie")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    JsonNode fractie(@Parameter(description = ID) @PathVariable String id) {
        return one(OriResourceType.FRACTIE, id);
    }

    @GetMapping(path = OriLinks.API + "/informatieobjecten", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Informatieobjecten", description = "De openbare documenten van gepubliceerde besluiten, "
            + "vergaderstukken, antwoorden en brieven; link is de openbare download.")
    @ApiResponse(responseCode = "200", description = "Een pagina informatieobjecten")
    @ApiResponse(responseCode = "400", description = BAD_REQUEST)
    OriPageResponse informatieobjecten(@Parameter(description = PAGE) @RequestParam(required = false) String page) {
        return list(OriResourceType.INFORMATIEOBJECT, page);
    }

    @GetMapping(path = OriLinks.API + "/informatieobjecten/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Eén informatieobject")
    @ApiResponse(responseCode = "200", description = "Het informatieobject")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    JsonNode informatieobject(@Parameter(description = ID) @PathVariable String id) {
        return one(OriResourceType.INFORMATIEOBJECT, id);
    }

    private OriPageResponse list(OriResourceType type, String page) {
        int number = OriParameters.page(page);
        List<JsonNode> rows = store.resources(type, (number - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        boolean more = rows.size() > PAGE_SIZE;
        String at = links.api() + "/" + type.collection() + "?page=";
        return new OriPageResponse(more ? at + (number + 1) : null, number > 1 ? at + (number - 1) : null,
                more ? rows.subList(0, PAGE_SIZE) : rows);
    }

    private JsonNode one(OriResourceType type, String id) {
        return store.resource(type, id).orElseThrow(() -> new OriResourceNotFound(type.collection()));
    }
}
