package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.meeting.command.AppointMember;
import nl.hamerslag.meeting.command.EndMembership;
import nl.hamerslag.meeting.command.EstablishBody;
import nl.hamerslag.meeting.command.FormPartyGroup;
import nl.hamerslag.meeting.command.Member;
import nl.hamerslag.meeting.query.BodyDetails;
import nl.hamerslag.meeting.query.BodyQueries;
import nl.hamerslag.platform.identity.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/meetings/bodies")
@Tag(name = "Gremia", description = "De gremia: het college van burgemeester en wethouders, de raadscommissies en de "
        + "gemeenteraad, met hun leden (functie, fractie, inlognaam) en in raad en commissies hun fracties met hun "
        + "zetels. Een vergadering wordt gepland met de leden die het gremium dan heeft. Beheer (ADMIN) stelt gremia "
        + "in en benoemt leden; iedereen die is ingelogd mag ze inzien.")
class BodyController {

    private static final String ADMIN_ONLY = "Alleen beheer (ADMIN) beheert gremia";
    private static final String NOT_FOUND = "Geen gremium met dit id";

    private final CommandGateway commands;
    private final BodyQueries bodies;

    BodyController(CommandGateway commands, BodyQueries bodies) {
        this.commands = commands;
        this.bodies = bodies;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Gremium instellen",
            description = "Stelt een gremium in (COLLEGE, COMMITTEE of COUNCIL) onder een id als 'raad' of "
                    + "'commissie-ruimte', eventueel meteen met fracties en leden: alles of niets. Een zetel "
                    + "(raadslid, burgerlid) hoort bij een fractie van het gremium. Met een Idempotency-Key levert "
                    + "een herhaling hetzelfde antwoord.")
    @ApiResponse(responseCode = "201", description = "Ingesteld; Location wijst naar het gremium")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; het detail noemt het veld")
    @ApiResponse(responseCode = "403", description = ADMIN_ONLY)
    @ApiResponse(responseCode = "409", description = "Er is al een gremium met dit id")
    @ApiResponse(responseCode = "422", description = "Een functie die dit soort gremium niet kent, een zetel zonder "
            + "fractie, een onbekende fractie, of een lid dubbel")
    ResponseEntity<BodyDetails> establish(@Valid @RequestBody EstablishBodyRequest request,
                                          @Parameter(description = "Maakt een herhaalde POST veilig")
                                          @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                          Caller caller) {
        if (bodies.details(request.bodyId()).isPresent()) {
            throw new BodyAlreadyEstablished(request.bodyId());
        }
        List<Member> members = request.members() == null ? List.of()
                : request.members().stream().map(MemberRequest::member).toList();
        List<String> groups = request.partyGroups() == null ? List.of()
                : request.partyGroups().stream().map(String::strip).toList();
        commands.sendAndWait(new EstablishBody(request.bodyId(), request.kind(), request.name().strip(), groups, members,
                caller.actingAs(Role.ADMIN)));
        return ResponseEntity.created(URI.create("/api/meetings/bodies/" + request.bodyId())).body(body(request.bodyId()));
    }

    @GetMapping
    @Operation(summary = "Gremia", description = "Alle gremia met hun huidige leden en, in raad en commissies, hun "
            + "fracties met het aantal zetels.")
    @ApiResponse(responseCode = "200", description = "De gremia: eerst het college, dan de commissies, dan de raad")
    List<BodyDetails> list() {
        return bodies.list();
    }

    @GetMapping("/{bodyId}")
    @Operation(summary = "Eén gremium", description = "Het gremium met zijn huidige leden (functie, of het lid een "
            + "zetel heeft, fractie, inlognaam) en zijn fracties met hun zetels: de leden met een zetel in die fractie.")
    @ApiResponse(responseCode = "200", description = "Het gremium")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    BodyDetails one(@Parameter(description = "Id van het gremium, bijv. raad") @PathVariable String bodyId) {
        return body(bodyId);
    }

    @PostMapping("/{bodyId}/members")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Lid benoemen", description = "Benoemt een lid in het gremium: naam, functie, fractie (voor een "
            + "zetel in raad of commissie) en eventueel de inlognaam. Vergaderingen die al gepland zijn houden hun "
            + "samenstelling. Met een Idempotency-Key levert een herhaling hetzelfde antwoord.")
    @ApiResponse(responseCode = "201", description = "Benoemd; het antwoord is het gremium")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; het detail noemt het veld")
    @ApiResponse(responseCode = "403", description = ADMIN_ONLY)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "Dit lid is al lid van het gremium")
    @ApiResponse(responseCode = "422", description = "Een functie die dit soort gremium niet kent, een zetel zonder "
            + "fractie, of een onbekende fractie")
    ResponseEntity<BodyDetails> appoint(@Parameter(description = "Id van het gremium") @PathVariable String bodyId,
                                        @Valid @RequestBody MemberRequest request,
                                        @Parameter(description = "Maakt een herhaalde POST veilig")
                                        @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                        Caller caller) {
        body(bodyId);
        Member member = request.member();
        commands.sendAndWait(new AppointMember(bodyId, member, caller.actingAs(Role.ADMIN)));
        return ResponseEntity.created(URI.create("/api/meetings/bodies/" + bodyId)).body(body(bodyId));
    }

    @PostMapping("/{bodyId}/members/{memberId}/end")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Lidmaatschap beëindigen", description = "Het lid is vanaf nu geen lid meer van het gremium "
            + "(bijv. na ontslag of benoeming tot wethouder). Niets wordt verwijderd: het lidmaatschap blijft in de "
            + "geschiedenis, en vergaderingen die al gepland zijn houden hun samenstelling.")
    @ApiResponse(responseCode = "200", description = "Beëindigd; het antwoord is het gremium")
    @ApiResponse(responseCode = "400", description = "Een te lange reden")
    @ApiResponse(responseCode = "403", description = ADMIN_ONLY)
    @ApiResponse(responseCode = "404", description = NOT_FOUND + ", of het lid is geen (huidig) lid")
    BodyDetails end(@Parameter(description = "Id van het gremium") @PathVariable String bodyId,
                    @Parameter(description = "Id van het lid") @PathVariable String memberId,
                    @Valid @RequestBody(required = false) EndMembershipRequest request,
                    Caller caller) {
        body(bodyId);
        String reason = request == null || request.reason() == null || request.reason().isBlank() ? null
                : request.reason().strip();
        commands.sendAndWait(new EndMembership(bodyId, memberId, reason, caller.actingAs(Role.ADMIN)));
        return body(bodyId);
    }

    @PostMapping("/{bodyId}/party-groups")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Fractie vormen", description = "Vormt een fractie in de raad of een commissie; haar zetels "
            + "zijn de leden met een zetel die bij haar horen. Met een Idempotency-Key levert een herhaling hetzelfde "
            + "antwoord.")
    @ApiResponse(responseCode = "201", description = "Gevormd; het antwoord is het gremium")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer")
    @ApiResponse(responseCode = "403", description = ADMIN_ONLY)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "Er is al een fractie met deze naam")
    @ApiResponse(responseCode = "422", description = "Het college kent geen fracties")
    ResponseEntity<BodyDetails> formPartyGroup(@Parameter(description = "Id van het gremium") @PathVariable String bodyId,
                                               @Valid @RequestBody PartyGroupRequest request,
                                               @Parameter(description = "Maakt een herhaalde POST veilig")
                                               @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                               Caller caller) {
        body(bodyId);
        commands.sendAndWait(new FormPartyGroup(bodyId, request.name().strip(), caller.actingAs(Role.ADMIN)));
        return ResponseEntity.created(URI.create("/api/meetings/bodies/" + bodyId)).body(body(bodyId));
    }

    private BodyDetails body(String bodyId) {
        return bodies.details(bodyId).orElseThrow(() -> new BodyNotFound(bodyId));
    }
}
