package nl.hamerslag.approval.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.hamerslag.approval.command.ApproveStep;
import nl.hamerslag.approval.command.Signatory;
import nl.hamerslag.approval.query.RouteNotFound;
import nl.hamerslag.approval.query.RouteQueries;
import nl.hamerslag.approval.query.RouteView;
import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.identity.Actors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashSet;

@RestController
@RequestMapping("/api/approvals/routes")
@Tag(name = "Accorderingsroutes", description = "Accorderen: de accorderingsroute van een voorstel. Een route opent "
        + "zodra een voorstel is doorgestuurd; eerst tekent de leidinggevende, dan de financieel en/of juridisch "
        + "controller (parallel, als het voorstel financiële of juridische gevolgen heeft), als laatste de "
        + "gemeentesecretaris.")
class RouteController {

    private final RouteQueries routes;
    private final CommandGateway commands;

    RouteController(RouteQueries routes, CommandGateway commands) {
        this.routes = routes;
        this.commands = commands;
    }

    @GetMapping("/{proposalId}")
    @Operation(summary = "De huidige accorderingsroute van een voorstel",
            description = "De route van de laatst doorgestuurde versie, met per fase de stappen: welke rol, of de stap "
                    + "wacht (WAITING), te accorderen is (DUE) of akkoord is (APPROVED), wie wanneer tekende en met welke "
                    + "opmerkingen. Elke ingelogde interne rol mag dit zien. De route verschijnt kort na het doorsturen.")
    @ApiResponse(responseCode = "200", description = "De route")
    @ApiResponse(responseCode = "404", description = "Voor dit voorstel is (nog) geen route geopend")
    RouteView route(@Parameter(description = "Id van het voorstel") @PathVariable ProposalId proposalId) {
        return routes.currentRoute(proposalId).orElseThrow(() -> new RouteNotFound(proposalId));
    }

    @PostMapping("/{proposalId}/steps/{stepId}/approve")
    @Operation(summary = "Akkoord geven op een stap",
            description = "Akkoord, of akkoord met opmerkingen, op één stap van de huidige route. Alleen de rol die de "
                    + "stap vraagt mag tekenen; de handtekening noemt de versie (SHA-256) van de route. Het antwoord is "
                    + "204 zonder inhoud: de bijgewerkte route is kort daarna via GET te lezen. Met een Idempotency-Key "
                    + "heeft een herhaald verzoek geen tweede effect.")
    @ApiResponse(responseCode = "204", description = "Akkoord vastgelegd")
    @ApiResponse(responseCode = "403", description = "Uw rol is niet de rol die deze stap vraagt; er verandert niets")
    @ApiResponse(responseCode = "404", description = "Geen route voor dit voorstel, of geen stap met dit id")
    @ApiResponse(responseCode = "409", description = "De stap is nog niet aan de beurt, of is al akkoord")
    @ApiResponse(responseCode = "412", description = "U beoordeelde een andere versie dan de route betreft")
    ResponseEntity<Void> approve(@Parameter(description = "Id van het voorstel") @PathVariable ProposalId proposalId,
                                 @Parameter(description = "Id van de stap, bijv. manager, financial-controller, "
                                         + "legal-controller, municipal-secretary") @PathVariable String stepId,
                                 @Valid @RequestBody(required = false) ApproveRequest body,
                                 Authentication authentication) {
        String routeId = routes.currentRouteId(proposalId).orElseThrow(() -> new RouteNotFound(proposalId));
        ApproveRequest request = body == null ? new ApproveRequest(null, null) : body;
        commands.sendAndWait(new ApproveStep(routeId, stepId, signatory(authentication),
                request.version() == null ? null : ContentHash.of(request.version()), request.remarks()));
        return ResponseEntity.noContent().build();
    }

    private static Signatory signatory(Authentication authentication) {
        Actor actor = Actors.from(authentication).orElseThrow(() -> new IllegalStateException("no authenticated user"));
        JwtAuthenticationToken token = (JwtAuthenticationToken) authentication;
        return new Signatory(actor.subject(), actor.name(), new HashSet<>(Actors.roles(token.getToken())));
    }
}
