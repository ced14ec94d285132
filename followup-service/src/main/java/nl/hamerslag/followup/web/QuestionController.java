package nl.hamerslag.followup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.followup.command.RegisterQuestion;
import nl.hamerslag.followup.command.refusal.NotTheClerk;
import nl.hamerslag.followup.config.FollowUpProperties;
import nl.hamerslag.followup.query.FollowUpItemView;
import nl.hamerslag.followup.query.FollowUpQueries;
import nl.hamerslag.platform.identity.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

import static nl.hamerslag.followup.web.Descriptions.IDEMPOTENCY;

@RestController
@RequestMapping("/api/followup/questions")
@Tag(name = "Raadsvragen", description = "Raadsvragen (schriftelijke vragen): door de griffie geregistreerd, met een "
        + "wettelijke termijn voor het antwoord; gevolgd als opvolgpunt van soort QUESTION.")
class QuestionController {

    private final CommandGateway commands;
    private final FollowUpQueries queries;
    private final FollowUpProperties properties;

    QuestionController(CommandGateway commands, FollowUpQueries queries, FollowUpProperties properties) {
        this.commands = commands;
        this.queries = queries;
        this.properties = properties;
    }

    @PostMapping
    @Operation(summary = "Raadsvraag registreren", description = "De griffie registreert een raadsvraag: wie haar stelde "
            + "(een raadslid of een fractie), de soort, de vraag en de datum van ontvangst. Het antwoord moet er zijn op "
            + "de ontvangstdatum plus de wettelijke termijn (standaard 30 dagen, instelling "
            + "hamerslag.followup.question-term). Met een Idempotency-Key levert een herhaling hetzelfde antwoord.")
    @ApiResponse(responseCode = "201", description = "Geregistreerd; het antwoord is het nieuwe opvolgpunt")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer, of de indiener ontbreekt")
    @ApiResponse(responseCode = "403", description = "Alleen de griffie (CLERK) registreert raadsvragen")
    ResponseEntity<FollowUpItemView> register(@Valid @RequestBody QuestionRequest request,
                                              @Parameter(description = IDEMPOTENCY)
                                              @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                              Caller caller) {
        if (!caller.holds(Role.CLERK)) {
            throw new NotTheClerk();
        }
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterQuestion(id, request.kind(), request.submitter(), request.text().strip(),
                request.receivedOn(), request.receivedOn().plus(properties.questionTerm()),
                blankToNull(request.portfolioHolder()), blankToNull(request.department()), caller.actingAs(Role.CLERK)));
        return ResponseEntity.created(URI.create("/api/followup/items/" + id)).body(queries.item(id).orElseThrow());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
