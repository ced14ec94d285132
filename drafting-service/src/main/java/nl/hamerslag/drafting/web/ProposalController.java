package nl.hamerslag.drafting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.drafting.command.DraftingCommands.DraftProposal;
import nl.hamerslag.drafting.command.DraftingCommands.SubmitProposal;
import nl.hamerslag.drafting.query.ProposalQueries;
import nl.hamerslag.drafting.query.ProposalView;
import nl.hamerslag.platform.identity.Actors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/proposals")
@Tag(name = "Voorstellen", description = "Opstellen en doorsturen van voorstellen")
public class ProposalController {

    private final CommandGateway commands;
    private final ProposalQueries queries;

    public ProposalController(CommandGateway commands, ProposalQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @PreAuthorize("hasRole('AUTHOR')")
    @Operation(summary = "Voorstel opstellen",
            description = "Start een nieuw voorstel als steller (rol AUTHOR). Met een Idempotency-Key levert een herhaling hetzelfde antwoord.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location wijst naar het voorstel")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; het detail noemt het veld")
    @ApiResponse(responseCode = "403", description = "Alleen een steller mag een voorstel opstellen")
    public ResponseEntity<ProposalView> draft(@Valid @RequestBody DraftProposalRequest request,
                                              @Parameter(description = "Maakt een herhaalde POST veilig")
                                              @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                              Authentication authentication) {
        ProposalId id = ProposalId.newId();
        commands.sendAndWait(new DraftProposal(id, request.content(), Actors.as(authentication, Role.AUTHOR)));
        return ResponseEntity.created(URI.create("/api/proposals/" + id)).body(view(id.value()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Voorstel opvragen", description = "De actuele stand van een voorstel, met zijn status.")
    @ApiResponse(responseCode = "404", description = "Geen voorstel met dit id")
    public ProposalView get(@PathVariable UUID id) {
        return view(id);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('AUTHOR')")
    @Operation(summary = "Voorstel doorsturen",
            description = "Stuurt het voorstel de accorderingsroute in; de inhoud is daarna bevroren. Alleen de steller zelf.")
    @ApiResponse(responseCode = "403", description = "Niet de steller van dit voorstel")
    @ApiResponse(responseCode = "409", description = "Het voorstel is niet in concept")
    public ProposalView submit(@PathVariable UUID id, Authentication authentication) {
        if (queries.byId(id).isEmpty()) {
            throw new ProposalNotFound(id);
        }
        commands.sendAndWait(new SubmitProposal(new ProposalId(id), Actors.as(authentication, Role.AUTHOR)));
        return view(id);
    }

    private ProposalView view(UUID id) {
        return queries.byId(id).orElseThrow(() -> new ProposalNotFound(id));
    }
}
