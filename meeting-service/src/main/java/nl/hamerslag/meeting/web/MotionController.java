package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.hamerslag.meeting.command.HoldMotion;
import nl.hamerslag.meeting.command.SubmitMotion;
import nl.hamerslag.meeting.command.WithdrawMotion;
import nl.hamerslag.meeting.query.FloorQueries;
import nl.hamerslag.meeting.query.InstrumentView;
import nl.hamerslag.platform.identity.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static nl.hamerslag.meeting.web.FloorDescriptions.IDEMPOTENCY;
import static nl.hamerslag.meeting.web.FloorDescriptions.MEETING_ID;
import static nl.hamerslag.meeting.web.FloorDescriptions.NOT_OPEN;
import static nl.hamerslag.meeting.web.FloorDescriptions.NO_MEETING;
import static nl.hamerslag.meeting.web.FloorDescriptions.RECORDER;

@RestController
@RequestMapping("/api/meetings/{meetingId}/motions")
@Tag(name = "Moties", description = "Moties: verzoeken of opdrachten van de raad aan het college, bij een agendapunt of vreemd aan de orde van de dag (zonder agendapunt). Een aangenomen motie wordt gevolgd tot de uitvoering is afgedaan.")
class MotionController {

    private static final String ID = "Id van de motie";
    private static final String UNKNOWN = NO_MEETING + ", of geen motie met dit id";

    private final CommandGateway commands;
    private final FloorQueries floor;
    private final FloorAccess access;

    MotionController(CommandGateway commands, FloorQueries floor, FloorAccess access) {
        this.commands = commands;
        this.floor = floor;
        this.access = access;
    }

    @PostMapping
    @Operation(summary = "Motie indienen", description = "Dient een motie in, bij een agendapunt of zonder (motie vreemd aan de orde van de dag), met ten minste één indiener en eventueel mede-ondertekenaars, allen raadsleden in deze vergadering. Met een Idempotency-Key levert een "
            + "herhaling hetzelfde antwoord.")
    @ApiResponse(responseCode = "201", description = "Ingediend (SUBMITTED)")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer, of geen indiener")
    @ApiResponse(responseCode = "403", description = RECORDER)
    @ApiResponse(responseCode = "404", description = NO_MEETING)
    @ApiResponse(responseCode = "409", description = NOT_OPEN)
    @ApiResponse(responseCode = "422", description = "Een indiener of mede-ondertekenaar is geen lid met een zetel in "
            + "deze vergadering")
    ResponseEntity<InstrumentView> submit(@Parameter(description = MEETING_ID) @PathVariable String meetingId,
                                          @Valid @RequestBody InstrumentRequest request,
                                          @Parameter(description = IDEMPOTENCY)
                                          @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                          Caller caller) {
        Caller recorder = access.recorder(meetingId, caller);
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new SubmitMotion(meetingId, id, blankToNull(request.agendaItemId()), request.proposalId(),
                request.title().strip(), request.text().strip(), request.submitters(), request.coSigners(), recorder));
        return ResponseEntity.created(URI.create("/api/meetings/" + meetingId + "/motions/" + id))
                .body(floor.motion(meetingId, id).orElseThrow());
    }

    @GetMapping
    @Operation(summary = "Moties van een vergadering", description = "Alle moties in de volgorde van indienen, met "
            + "hun stand: SUBMITTED (ingediend), ADOPTED (aangenomen), REJECTED (verworpen), WITHDRAWN (ingetrokken) of "
            + "HELD (aangehouden), en de stemming die erover besliste.")
    @ApiResponse(responseCode = "200", description = "De moties")
    @ApiResponse(responseCode = "404", description = NO_MEETING)
    List<InstrumentView> list(@Parameter(description = MEETING_ID) @PathVariable String meetingId, Caller caller) {
        access.meeting(meetingId);
        return access.visible(floor.motions(meetingId), InstrumentView::proposalId, caller);
    }

    @PostMapping("/{motionId}/withdraw")
    @Operation(summary = "Motie intrekken", description = "De indieners trekken de motie in (WITHDRAWN); "
            + "de griffie (in het college het bestuurssecretariaat) legt het vast.")
    @ApiResponse(responseCode = "200", description = "Ingetrokken")
    @ApiResponse(responseCode = "403", description = RECORDER)
    @ApiResponse(responseCode = "404", description = UNKNOWN)
    @ApiResponse(responseCode = "409", description = NOT_OPEN + ", of de motie is al afgehandeld")
    InstrumentView withdraw(@Parameter(description = MEETING_ID) @PathVariable String meetingId,
                            @Parameter(description = ID) @PathVariable String motionId, Caller caller) {
        commands.sendAndWait(new WithdrawMotion(meetingId, motionId, access.recorder(meetingId, caller)));
        return floor.motion(meetingId, motionId).orElseThrow();
    }

    @PostMapping("/{motionId}/hold")
    @Operation(summary = "Motie aanhouden", description = "De motie wordt aangehouden (HELD): niet in deze "
            + "vergadering in stemming gebracht.")
    @ApiResponse(responseCode = "200", description = "Aangehouden")
    @ApiResponse(responseCode = "403", description = RECORDER)
    @ApiResponse(responseCode = "404", description = UNKNOWN)
    @ApiResponse(responseCode = "409", description = NOT_OPEN + ", of de motie is al afgehandeld")
    InstrumentView hold(@Parameter(description = MEETING_ID) @PathVariable String meetingId,
                        @Parameter(description = ID) @PathVariable String motionId, Caller caller) {
        commands.sendAndWait(new HoldMotion(meetingId, motionId, access.recorder(meetingId, caller)));
        return floor.motion(meetingId, motionId).orElseThrow();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
