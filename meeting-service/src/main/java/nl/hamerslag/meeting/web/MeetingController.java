package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.meeting.command.AgendaKeeper;
import nl.hamerslag.meeting.command.CancelMeeting;
import nl.hamerslag.meeting.command.CloseMeeting;
import nl.hamerslag.meeting.command.OpenMeeting;
import nl.hamerslag.meeting.command.PlanMeeting;
import nl.hamerslag.meeting.command.RecordAttendance;
import nl.hamerslag.meeting.query.BodyDirectory;
import nl.hamerslag.meeting.query.BodyDirectory.BodyView;
import nl.hamerslag.meeting.query.MeetingProjection;
import nl.hamerslag.meeting.query.MeetingQueries;
import nl.hamerslag.meeting.query.MeetingView;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.projection.AsOf;
import nl.hamerslag.platform.projection.PointInTime;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Vergaderingen", description = "Vergaderingen per gremium plannen, annuleren, openen, aanwezigheid vastleggen "
        + "en sluiten. Het bestuurssecretariaat (SECRETARIAT) houdt de vergaderingen van het college bij, de griffie "
        + "(CLERK) die van commissies en raad.")
class MeetingController {

    static final String KEEPER_ONLY = "U bent niet de bijhouder van dit gremium: SECRETARIAT voor het college, CLERK voor "
            + "commissie en raad";

    private final CommandGateway commands;
    private final MeetingQueries meetings;
    private final MeetingAccess access;
    private final BodyDirectory bodies;
    private final AsOf asOf;
    private final PointInTime pointInTime;

    MeetingController(CommandGateway commands, MeetingQueries meetings, MeetingAccess access, BodyDirectory bodies,
                      AsOf asOf, PointInTime pointInTime) {
        this.commands = commands;
        this.meetings = meetings;
        this.access = access;
        this.bodies = bodies;
        this.asOf = asOf;
        this.pointInTime = pointInTime;
    }

    @PostMapping
    @Operation(summary = "Vergadering plannen",
            description = "Plant een vergadering van een gremium op een datum, met plaats, aanvang en of er een besloten "
                    + "deel is. De leden van het gremium zoals ze nu zijn, horen bij de vergadering (aanwezigheid, "
                    + "quorum, stemmingen). Het college: SECRETARIAT; commissie en raad: CLERK. Met een Idempotency-Key "
                    + "levert een herhaling hetzelfde antwoord.")
    @ApiResponse(responseCode = "201", description = "Gepland; Location wijst naar de vergadering")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer of een te lang veld; het detail noemt het veld")
    @ApiResponse(responseCode = "403", description = KEEPER_ONLY)
    @ApiResponse(responseCode = "422", description = "Onbekend gremium")
    ResponseEntity<MeetingResponse> plan(@Valid @RequestBody PlanMeetingRequest request,
                                         @Parameter(description = "Maakt een herhaalde POST veilig")
                                         @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                         Caller caller) {
        MeetingAccess.requireSomeKeeper(caller);
        BodyView body = bodies.find(request.bodyId().strip()).orElseThrow(() -> new UnknownBody(request.bodyId()));
        Caller keeper = AgendaKeeper.actingFor(body.kind(), caller);
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new PlanMeeting(id, body.bodyId(), body.kind(), body.name(), request.date(),
                request.startsAt(), request.place() == null ? null : request.place().strip(),
                Boolean.TRUE.equals(request.closedPart()), body.members(), keeper));
        return ResponseEntity.created(URI.create("/api/meetings/" + id)).body(response(access.meeting(id)));
    }

    @GetMapping
    @Operation(summary = "Vergaderingen zoeken",
            description = "Vergaderingen op datum, eventueel van één soort gremium en tussen twee datums (beide "
                    + "inclusief); ten hoogste " + MeetingQueries.MAX_MEETINGS + ". Iedereen die is aangemeld.")
    @ApiResponse(responseCode = "200", description = "De vergaderingen")
    @ApiResponse(responseCode = "400", description = "Ongeldig gremium of ongeldige datum")
    List<MeetingView> list(@Parameter(description = "COLLEGE, COMMITTEE of COUNCIL") @RequestParam(required = false) DecidingBody body,
                           @Parameter(description = "Vanaf datum") @RequestParam(required = false) LocalDate from,
                           @Parameter(description = "Tot en met datum") @RequestParam(required = false) LocalDate to,
                           Caller caller) {
        return meetings.meetings(body, from, to);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Vergadering opvragen",
            description = "De vergadering met haar stand, leden, aanwezigheid en of het quorum er is.")
    @ApiResponse(responseCode = "200", description = "De vergadering (met asOf: zoals die toen was)")
    @ApiResponse(responseCode = "400", description = "asOf is geen ISO-8601-tijdstip of ligt in de toekomst")
    @ApiResponse(responseCode = "404", description = "Geen vergadering met dit id, of zij bestond op asOf nog niet")
    MeetingResponse get(@Parameter(description = "Id van de vergadering") @PathVariable String id,
                        @Parameter(description = AsOf.DESCRIPTION) @RequestParam(name = AsOf.PARAMETER, required = false)
                        String asOf, Caller caller) {
        Optional<Instant> at = this.asOf.parse(asOf);
        MeetingResponse now = response(access.meeting(id));
        return at.isEmpty() ? now
                : pointInTime.asOf(at.get(), List.of(MeetingProjection.NAME), () -> response(access.meeting(id)));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Vergadering annuleren",
            description = "Annuleert een vergadering die nog niet geopend is, met reden. De voorstellen op haar agenda "
                    + "worden weer agendeerbaar voor hetzelfde gremium (ProposalUnscheduled).")
    @ApiResponse(responseCode = "200", description = "Geannuleerd")
    @ApiResponse(responseCode = "400", description = "Geen reden of een te lange reden")
    @ApiResponse(responseCode = "403", description = KEEPER_ONLY)
    @ApiResponse(responseCode = "404", description = "Geen vergadering met dit id")
    @ApiResponse(responseCode = "409", description = "De vergadering is al geopend, gesloten of geannuleerd")
    MeetingResponse cancel(@Parameter(description = "Id van de vergadering") @PathVariable String id,
                           @Valid @RequestBody ReasonRequest request, Caller caller) {
        MeetingView meeting = access.meeting(id);
        commands.sendAndWait(new CancelMeeting(id, request.reason(), access.keeper(meeting, caller)));
        return response(access.meeting(id));
    }

    @PostMapping("/{id}/open")
    @Operation(summary = "Vergadering openen",
            description = "Opent de vergadering; kan alleen als de agenda is gepubliceerd. Daarna worden aanwezigheid "
                    + "en besluiten vastgelegd.")
    @ApiResponse(responseCode = "200", description = "Geopend")
    @ApiResponse(responseCode = "403", description = KEEPER_ONLY)
    @ApiResponse(responseCode = "404", description = "Geen vergadering met dit id")
    @ApiResponse(responseCode = "409", description = "De agenda is niet gepubliceerd, of de vergadering is al geopend, gesloten of geannuleerd")
    MeetingResponse open(@Parameter(description = "Id van de vergadering") @PathVariable String id, Caller caller) {
        MeetingView meeting = access.meeting(id);
        commands.sendAndWait(new OpenMeeting(id, Instant.now(), access.keeper(meeting, caller)));
        return response(access.meeting(id));
    }

    @PostMapping("/{id}/attendance")
    @Operation(summary = "Aanwezigheid vastleggen",
            description = "Legt voor één lid vast: aanwezig (aankomst), afwezig (vertrek) of afgemeld, met tijdstip. "
                    + "Alleen in een geopende vergadering; het quorum volgt hieruit.")
    @ApiResponse(responseCode = "200", description = "Vastgelegd; het antwoord toont de aanwezigheid en het quorum")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer")
    @ApiResponse(responseCode = "403", description = KEEPER_ONLY)
    @ApiResponse(responseCode = "404", description = "Geen vergadering met dit id")
    @ApiResponse(responseCode = "409", description = "De vergadering is niet geopend")
    @ApiResponse(responseCode = "422", description = "Geen lid van het gremium van deze vergadering")
    MeetingResponse attendance(@Parameter(description = "Id van de vergadering") @PathVariable String id,
                               @Valid @RequestBody AttendanceRequest request, Caller caller) {
        MeetingView meeting = access.meeting(id);
        commands.sendAndWait(new RecordAttendance(id, request.memberId(), request.presence(),
                request.at() == null ? Instant.now() : request.at(), access.keeper(meeting, caller)));
        return response(access.meeting(id));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Vergadering sluiten",
            description = "Sluit de vergadering als elk voorstel op de agenda een besluit heeft (aanhouden is ook een "
                    + "besluit). De besluitenlijst wordt opgesteld; MeetingClosed noemt haar SHA-256.")
    @ApiResponse(responseCode = "200", description = "Gesloten")
    @ApiResponse(responseCode = "403", description = KEEPER_ONLY)
    @ApiResponse(responseCode = "404", description = "Geen vergadering met dit id")
    @ApiResponse(responseCode = "409", description = "De vergadering is niet geopend, of er zijn voorstellen zonder besluit")
    MeetingResponse close(@Parameter(description = "Id van de vergadering") @PathVariable String id, Caller caller) {
        MeetingView meeting = access.meeting(id);
        commands.sendAndWait(new CloseMeeting(id, Instant.now(), access.keeper(meeting, caller)));
        return response(access.meeting(id));
    }

    private MeetingResponse response(MeetingView meeting) {
        return MeetingResponse.of(meeting, meetings.members(meeting.id()));
    }
}
