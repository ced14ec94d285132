package nl.hamerslag.publication.web.publicsite;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.hamerslag.publication.query.catalogue.CatalogueQueries;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;
import java.util.UUID;

/**
 * The citizens' pages, rendered on the server (no script needed). A refusal is a Dutch page for a
 * browser and problem+json for a program ({@link Browser}).
 */
@RestController
@Tag(name = "Openbare website", description = "HTML-pagina's voor inwoners, zonder token: zoeken, een pagina per "
        + "publicatie en per vergadering, en de ingetrokken publicaties. Toegankelijk volgens WCAG 2.1 AA.")
class PagesController {

    private final CatalogueQueries catalogue;
    private final PublicationLookup lookup;

    PagesController(CatalogueQueries catalogue, PublicationLookup lookup) {
        this.catalogue = catalogue;
        this.lookup = lookup;
    }

    @GetMapping({"/openbaar", "/openbaar/"})
    @Operation(summary = "Zoekpagina", description = "Het zoekformulier met de resultaten, nieuwste eerst. Zonder "
            + "zoekopdracht: de nieuwste publicaties. Een onbruikbaar veld geeft de pagina opnieuw met een melding bij "
            + "het veld (400).")
    @ApiResponse(responseCode = "200", description = "De zoekpagina (HTML)")
    @ApiResponse(responseCode = "400", description = Descriptions.BAD_REQUEST)
    ResponseEntity<String> search(
            @Parameter(description = Descriptions.Q) @RequestParam(required = false) String q,
            @Parameter(description = Descriptions.BODY) @RequestParam(required = false) String body,
            @Parameter(description = Descriptions.CATEGORY) @RequestParam(required = false) String category,
            @Parameter(description = Descriptions.FROM) @RequestParam(required = false) String from,
            @Parameter(description = Descriptions.TO) @RequestParam(required = false) String to,
            @Parameter(description = Descriptions.DATE_FIELD) @RequestParam(required = false) String dateField,
            @Parameter(description = Descriptions.PAGE) @RequestParam(required = false) String page,
            @Parameter(description = Descriptions.SIZE) @RequestParam(required = false) String size,
            HttpServletRequest request) {
        SearchParameters given = new SearchParameters(q, body, category, from, to, dateField, page, size);
        SearchParameters.Result checked = given.check();
        if (!checked.problems().isEmpty()) {
            if (!Browser.asks(request)) {
                throw new InvalidSearch(checked.problems());
            }
            return Html.status(HttpStatus.BAD_REQUEST, SearchHtml.render(given, null, checked.problems()));
        }
        return Html.ok(SearchHtml.render(given, catalogue.search(checked.criteria()), checked.problems()));
    }

    @GetMapping("/openbaar/publicaties/{id}")
    @Operation(summary = "Pagina van een publicatie", description = "Een besluit, agenda, besluitenlijst of andere "
            + "publicatie met haar gegevens en documenten. Een ingetrokken publicatie geeft 410 met alleen de "
            + "intrekkingsmelding.")
    @ApiResponse(responseCode = "200", description = "De pagina (HTML)")
    @ApiResponse(responseCode = "404", description = Descriptions.NOT_FOUND)
    @ApiResponse(responseCode = "410", description = Descriptions.GONE)
    ResponseEntity<String> publication(@Parameter(description = Descriptions.ID) @PathVariable String id) {
        UUID uuid = uuid(id).orElseThrow(PublicationNotFound::new);
        return Html.ok(PublicationHtml.render(lookup.publication(uuid)));
    }

    @GetMapping("/openbaar/vergaderingen/{meetingId}")
    @Operation(summary = "Pagina van een vergadering", description = "De openbare agenda, vergaderstukken, "
            + "besluitenlijst en besluiten van een vergadering, met hun documenten.")
    @ApiResponse(responseCode = "200", description = "De pagina (HTML)")
    @ApiResponse(responseCode = "404", description = "Geen vergadering met openbare publicaties met dit id")
    ResponseEntity<String> meeting(@Parameter(description = "Id van de vergadering") @PathVariable String meetingId) {
        return Html.ok(MeetingHtml.render(MeetingsApi.find(catalogue, meetingId)));
    }

    @GetMapping("/openbaar/intrekkingen")
    @Operation(summary = "Ingetrokken publicaties", description = "Titel, datum en reden van elke intrekking, "
            + "nieuwste eerst; nooit de inhoud.")
    @ApiResponse(responseCode = "200", description = "De pagina (HTML)")
    @ApiResponse(responseCode = "400", description = Descriptions.BAD_REQUEST)
    ResponseEntity<String> withdrawals(@Parameter(description = Descriptions.PAGE) @RequestParam(required = false) String page) {
        Paging paging = Paging.require(page, null);
        return Html.ok(WithdrawalsHtml.render(catalogue.withdrawals(paging.page(), paging.size())));
    }

    /** A malformed id on a page is a page that is not there, as for a person who mistyped it. */
    private static Optional<UUID> uuid(String id) {
        try {
            return id.length() == 36 ? Optional.of(UUID.fromString(id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
