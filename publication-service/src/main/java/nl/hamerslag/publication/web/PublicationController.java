package nl.hamerslag.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.publication.command.PublicationState;
import nl.hamerslag.publication.query.PublicationQueries;
import nl.hamerslag.publication.query.PublicationView;
import nl.hamerslag.publication.query.PublicationVisibility;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static nl.hamerslag.publication.web.Descriptions.ID;
import static nl.hamerslag.publication.web.Descriptions.NO_PUBLICATION;

@RestController
@RequestMapping("/api/publications")
@Tag(name = "Publicaties (intern)", description = "Het interne kanaal: alle publicaties en kandidaten, voor "
        + "medewerkers, met de originelen. Een kandidaat ontstaat uit een besluit, agenda, vergaderstukken, "
        + "besluitenlijst, antwoord op raadsvragen of brief over een toezegging. Toestand: CANDIDATE (wacht op de "
        + "eindredacteur) → SCHEDULED (ingepland) of EMBARGOED (onder embargo) → PUBLISHED → WITHDRAWN, of REFUSED. "
        + "Wie het voorstel niet mag zien, ziet ook de publicatie niet (404).")
class PublicationController {

    private final PublicationQueries queries;
    private final PublicationVisibility visibility;
    private final PublicationAccess access;

    PublicationController(PublicationQueries queries, PublicationVisibility visibility, PublicationAccess access) {
        this.queries = queries;
        this.visibility = visibility;
        this.access = access;
    }

    @GetMapping("/queue")
    @Operation(summary = "Wachtrij van de eindredacteur", description = "De kandidaten die op een besluit van de "
            + "eindredacteur wachten, oudste eerst (hoogstens 2000). Voor de eindredacteur (FINAL_EDITOR) en beheerders (ADMIN).")
    @ApiResponse(responseCode = "200", description = "De wachtrij")
    @ApiResponse(responseCode = "403", description = "Alleen FINAL_EDITOR en ADMIN lezen de wachtrij")
    List<PublicationView> queue(Caller caller) {
        if (!caller.holds(Role.FINAL_EDITOR) && !caller.holds(Role.ADMIN)) {
            throw new NotAReaderOfTheQueue();
        }
        return visibility.visible(queries.queue(), caller);
    }

    @GetMapping
    @Operation(summary = "Publicaties zoeken", description = "Alle publicaties en kandidaten die u mag zien, laatst "
            + "gewijzigd eerst (hoogstens 2000), eventueel van één toestand en soort.")
    @ApiResponse(responseCode = "200", description = "De publicaties")
    List<PublicationView> list(
            @Parameter(description = "CANDIDATE, SCHEDULED, EMBARGOED, PUBLISHED, REFUSED of WITHDRAWN")
            @RequestParam(required = false) PublicationState state,
            @Parameter(description = "DECISION, AGENDA, MEETING_PACKAGE, DECISION_LIST, ANSWER, LETTER of VOTE")
            @RequestParam(required = false) PublicationKind kind,
            Caller caller) {
        return visibility.visible(queries.list(state, kind), caller);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén publicatie", description = "De publicatie met haar documenten (origineel en openbare "
            + "kopie, elk met SHA-256), de lakkingen met hun Woo-grond en elke versie die openbaar is geweest.")
    @ApiResponse(responseCode = "200", description = "De publicatie")
    @ApiResponse(responseCode = "404", description = NO_PUBLICATION)
    PublicationView publication(@Parameter(description = ID) @PathVariable String id, Caller caller) {
        return access.visible(id, caller);
    }
}
