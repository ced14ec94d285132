package nl.hamerslag.approval.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.hamerslag.approval.command.ApproveStep;
import nl.hamerslag.approval.command.DelegateStep;
import nl.hamerslag.approval.command.RefuseStep;
import nl.hamerslag.approval.command.SignOffOutcome;
import nl.hamerslag.approval.command.SkipStep;
import nl.hamerslag.approval.query.ProposalAudiences;
import nl.hamerslag.approval.query.RouteNotFound;
import nl.hamerslag.approval.query.RouteProjection;
import nl.hamerslag.approval.query.RouteQueries;
import nl.hamerslag.approval.query.RouteView;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.projection.AsOf;
import nl.hamerslag.platform.projection.PointInTime;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

@RestController
@RequestMapping("/api/approvals/routes")
@Tag(name = "Accorderingsroutes", description = "Accorderen: de accorderingsroute van een voorstel. Een route opent "
        + "zodra een voorstel is doorgestuurd en volgt de accorderingsregels (configuratie): standaard eerst de "
        + "leidinggevende, dan de financieel en/of juridisch controller (parallel, als het voorstel financiële of "
        + "juridische gevolgen heeft), bij een raadsvoorstel de griffie, als laatste de gemeentesecretaris. Elke stap "
        + "heeft een termijn in werkdagen.")
class RouteController {

    private static final String STEP_ID = "Id van de stap, bijv. manager, financial-controller, legal-controller, "
            + "clerk, municipal-secretary";

    private static final String HIDDEN = "Geen route voor dit voorstel, of u mag het voorstel niet zien (dan is het "
            + "voor u alsof het niet bestaat)";
    private static final String NOT_YOURS = " of het is uw eigen voorstel (wie een voorstel schreef, tekent geen stap "
            + "ervan, in welke rol ook; de poging wordt vastgelegd)";

    private final RouteQueries routes;
    private final ProposalAudiences audiences;
    private final CommandGateway commands;
    private final AsOf asOf;
    private final PointInTime pointInTime;

    RouteController(RouteQueries routes, ProposalAudiences audiences, CommandGateway commands, AsOf asOf,
                    PointInTime pointInTime) {
        this.routes = routes;
        this.audiences = audiences;
        this.commands = commands;
        this.asOf = asOf;
        this.pointInTime = pointInTime;
    }

    @GetMapping("/{proposalId}")
    @Operation(summary = "De huidige accorderingsroute van een voorstel",
            description = "De route van de laatste doorzending, met per fase de stappen: welke rol, of de stap wacht "
                    + "(WAITING), te accorderen is (DUE), akkoord is (APPROVED), geweigerd (REFUSED), overgeslagen "
                    + "(SKIPPED) of vervallen (CANCELLED); wie wanneer tekende, met welke opmerkingen of reden, de "
                    + "termijn, herinnering, escalatie en delegatie. Met ?all=true: alle routes van het voorstel, "
                    + "nieuwste eerst (eerdere routes zijn SUPERSEDED of RETURNED). Wie het voorstel mag zien, ziet de "
                    + "route: openbaar iedereen; intern en zaakvertrouwelijk elke interne rol; vertrouwelijk en hoger "
                    + "alleen de kring (steller, leidinggevenden van de afdeling, de rollen en personen van de route, "
                    + "de gemeentesecretaris, het besluitvormend gremium, auditors).")
    @ApiResponse(responseCode = "200", description = "De route (of met all=true: de lijst van routes); met asOf zoals "
            + "die toen was")
    @ApiResponse(responseCode = "400", description = "asOf is geen ISO-8601-tijdstip of ligt in de toekomst")
    @ApiResponse(responseCode = "404", description = HIDDEN + "; of er was op asOf nog geen route")
    RouteView route(@Parameter(description = "Id van het voorstel") @PathVariable ProposalId proposalId,
                    @Parameter(description = AsOf.DESCRIPTION) @RequestParam(name = AsOf.PARAMETER, required = false)
                    String asOf, Caller caller) {
        return asOf(asOf, () -> {
            audiences.requireVisible(proposalId, caller);
            return routes.currentRoute(proposalId).orElseThrow(() -> new RouteNotFound(proposalId));
        });
    }

    @GetMapping(path = "/{proposalId}", params = "all=true")
    List<RouteView> allRoutes(@Parameter(description = "Id van het voorstel") @PathVariable ProposalId proposalId,
                              @Parameter(description = "true: alle routes, nieuwste eerst") @RequestParam boolean all,
                              @Parameter(description = AsOf.DESCRIPTION)
                              @RequestParam(name = AsOf.PARAMETER, required = false) String asOf,
                              Caller caller) {
        return asOf(asOf, () -> {
            audiences.requireVisible(proposalId, caller);
            List<RouteView> found = routes.allRoutes(proposalId);
            if (found.isEmpty()) {
                throw new RouteNotFound(proposalId);
            }
            return found;
        });
    }

    /** Now, or on the routes as they were at {@code asOf}; the caller must be admitted now and then. */
    private <T> T asOf(String asOf, Supplier<T> query) {
        Optional<Instant> at = this.asOf.parse(asOf);
        T now = query.get();
        return at.isEmpty() ? now : pointInTime.asOf(at.get(), List.of(RouteProjection.PROCESSING_GROUP), query);
    }

    @PostMapping("/{proposalId}/steps/{stepId}/approve")
    @Operation(summary = "Akkoord geven op een stap",
            description = "Akkoord, of akkoord met opmerkingen, op één stap van de huidige route. Alleen de rol die de "
                    + "stap vraagt (of de persoon aan wie de stap is gedelegeerd) mag tekenen; de handtekening noemt de "
                    + "versie (SHA-256) van de route, en bij delegatie ook wie delegeerde. Het antwoord is 204 zonder "
                    + "inhoud; de bijgewerkte route is direct via GET te lezen. Met een Idempotency-Key heeft een "
                    + "herhaald verzoek geen tweede effect.")
    @ApiResponse(responseCode = "204", description = "Akkoord vastgelegd")
    @ApiResponse(responseCode = "403", description = "Uw rol of afdeling is niet die van deze stap," + NOT_YOURS
            + "; de stap verandert niet")
    @ApiResponse(responseCode = "404", description = HIDDEN + "; of geen stap met dit id")
    @ApiResponse(responseCode = "409", description = "De stap is nog niet aan de beurt of al afgehandeld, de route is "
            + "afgesloten of vervangen, of u beoordeelde een andere versie dan de route betreft")
    ResponseEntity<Void> approve(@Parameter(description = "Id van het voorstel") @PathVariable ProposalId proposalId,
                                 @Parameter(description = STEP_ID) @PathVariable String stepId,
                                 @Valid @RequestBody(required = false) ApproveRequest body,
                                 Caller caller) {
        ApproveRequest request = body == null ? new ApproveRequest(null, null) : body;
        String routeId = visibleRouteId(proposalId, caller);
        send(new ApproveStep(routeId, stepId, signer(routeId, stepId, caller), version(request.version()),
                request.remarks()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{proposalId}/steps/{stepId}/refuse")
    @Operation(summary = "Niet akkoord geven op een stap",
            description = "Niet akkoord, met een verplichte reden. De route eindigt (RETURNED) en het voorstel gaat "
                    + "terug naar de steller met alle opmerkingen tot nu toe (ReturnedForRevision). Na aanpassen en "
                    + "opnieuw doorsturen opent een nieuwe route op de nieuwe versie.")
    @ApiResponse(responseCode = "204", description = "Niet akkoord vastgelegd; het voorstel is teruggestuurd")
    @ApiResponse(responseCode = "400", description = "De reden ontbreekt")
    @ApiResponse(responseCode = "403", description = "Uw rol of afdeling is niet die van deze stap," + NOT_YOURS)
    @ApiResponse(responseCode = "404", description = HIDDEN + "; of geen stap met dit id")
    @ApiResponse(responseCode = "409", description = "De stap is nog niet aan de beurt of al afgehandeld, de route is "
            + "afgesloten of vervangen, of u beoordeelde een andere versie")
    ResponseEntity<Void> refuse(@Parameter(description = "Id van het voorstel") @PathVariable ProposalId proposalId,
                                @Parameter(description = STEP_ID) @PathVariable String stepId,
                                @Valid @RequestBody RefuseRequest body,
                                Caller caller) {
        String routeId = visibleRouteId(proposalId, caller);
        send(new RefuseStep(routeId, stepId, signer(routeId, stepId, caller), version(body.version()), body.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{proposalId}/steps/{stepId}/delegate")
    @Operation(summary = "Een stap delegeren",
            description = "Draagt een te accorderen stap over aan een genoemde persoon die dezelfde rol heeft (in de "
                    + "afdeling van de stap, als die er een noemt), of die in het mandaatregister voor die rol staat. "
                    + "Delegeren mag wie de rol van de stap heeft, of de gemeentesecretaris. De gedelegeerde ziet de "
                    + "stap in zijn inbox; zijn handtekening noemt ook wie delegeerde.")
    @ApiResponse(responseCode = "204", description = "Gedelegeerd")
    @ApiResponse(responseCode = "400", description = "delegateTo ontbreekt")
    @ApiResponse(responseCode = "403", description = "U heeft de rol (of afdeling) van deze stap niet en bent niet de "
            + "gemeentesecretaris," + NOT_YOURS + ", of de gedelegeerde is de steller")
    @ApiResponse(responseCode = "404", description = HIDDEN + "; of geen stap met dit id")
    @ApiResponse(responseCode = "409", description = "De stap is nog niet aan de beurt of al afgehandeld, of de route "
            + "is afgesloten")
    @ApiResponse(responseCode = "422", description = "De gedelegeerde is onbekend, of heeft de rol niet en geen mandaat")
    ResponseEntity<Void> delegate(@Parameter(description = "Id van het voorstel") @PathVariable ProposalId proposalId,
                                  @Parameter(description = STEP_ID) @PathVariable String stepId,
                                  @Valid @RequestBody DelegateRequest body,
                                  Caller caller) {
        String routeId = visibleRouteId(proposalId, caller);
        send(new DelegateStep(routeId, stepId, delegator(routeId, stepId, caller), body.delegateTo(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{proposalId}/steps/{stepId}/skip")
    @Operation(summary = "Een stap overslaan (gemeentesecretaris)",
            description = "Alleen de gemeentesecretaris mag een te accorderen stap overslaan, met een reden. Dat wordt "
                    + "vastgelegd en blijft zichtbaar in de route (SKIPPED); de stap telt als afgehandeld.")
    @ApiResponse(responseCode = "204", description = "Overgeslagen")
    @ApiResponse(responseCode = "400", description = "De reden ontbreekt")
    @ApiResponse(responseCode = "403", description = "U bent niet de gemeentesecretaris," + NOT_YOURS)
    @ApiResponse(responseCode = "404", description = HIDDEN + "; of geen stap met dit id")
    @ApiResponse(responseCode = "409", description = "De stap is nog niet aan de beurt of al afgehandeld, of de route "
            + "is afgesloten")
    ResponseEntity<Void> skip(@Parameter(description = "Id van het voorstel") @PathVariable ProposalId proposalId,
                              @Parameter(description = STEP_ID) @PathVariable String stepId,
                              @Valid @RequestBody SkipRequest body,
                              Caller caller) {
        String routeId = visibleRouteId(proposalId, caller);
        send(new SkipStep(routeId, stepId,
                caller.holds(Role.MUNICIPAL_SECRETARY) ? caller.actingAs(Role.MUNICIPAL_SECRETARY) : caller, body.reason()));
        return ResponseEntity.noContent().build();
    }

    /** A route the caller may not see is not found, before any role is checked. */
    private String visibleRouteId(ProposalId proposalId, Caller caller) {
        audiences.requireVisible(proposalId, caller);
        return routes.latestRoute(proposalId).map(RouteView::routeId).orElseThrow(() -> new RouteNotFound(proposalId));
    }

    /**
     * The caller acting in the step's role: held, or on behalf when the step was delegated to them (by
     * delegation or mandate). The route checks all of it again; this only names the role the audit trail records.
     */
    private Caller signer(String routeId, String stepId, Caller caller) {
        return routes.assignment(routeId, stepId).map(step -> caller.holds(step.role()) ? caller.actingAs(step.role())
                : caller.subject().equals(step.delegateSubject()) ? caller.actingOnBehalfAs(step.role()) : caller)
                .orElse(caller);
    }

    /** Delegating is done in the step's role when held, else as municipal secretary, else as the step's delegate. */
    private Caller delegator(String routeId, String stepId, Caller caller) {
        boolean holdsTheStepsRole = routes.assignment(routeId, stepId).filter(step -> caller.holds(step.role())).isPresent();
        return !holdsTheStepsRole && caller.holds(Role.MUNICIPAL_SECRETARY)
                ? caller.actingAs(Role.MUNICIPAL_SECRETARY) : signer(routeId, stepId, caller);
    }

    /** A refusal the route recorded for the audit trail comes back as its outcome; the caller gets it as a 403. */
    private void send(Object command) {
        SignOffOutcome outcome = commands.sendAndWait(command);
        if (outcome != null) {
            outcome.orThrow();
        }
    }

    private static ContentHash version(String version) {
        return version == null ? null : ContentHash.of(version);
    }
}
