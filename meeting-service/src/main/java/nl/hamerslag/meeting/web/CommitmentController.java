package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.hamerslag.meeting.command.MakeCommitment;
import nl.hamerslag.meeting.query.CommitmentView;
import nl.hamerslag.meeting.query.FloorQueries;
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
@RequestMapping("/api/meetings/{meetingId}/commitments")
@Tag(name = "Toezeggingen", description = "Toezeggingen: beloften die de burgemeester of een wethouder in een "
        + "vergadering doet, aan wie en uiterlijk wanneer. Ze worden gevolgd tot ze zijn afgedaan.")
class CommitmentController {

    private final CommandGateway commands;
    private final FloorQueries floor;
    private final FloorAccess access;

    CommitmentController(CommandGateway commands, FloorQueries floor, FloorAccess access) {
        this.commands = commands;
        this.floor = floor;
        this.access = access;
    }

    @PostMapping
    @Operation(summary = "Toezegging vastleggen", description = "Legt een toezegging vast: de tekst, wie haar deed "
            + "(de burgemeester of een wethouder die aanwezig is), de portefeuillehouder, aan wie, en de uiterste "
            + "datum (niet vóór de vergadering). Met een Idempotency-Key levert een herhaling hetzelfde antwoord.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; het detail noemt het veld")
    @ApiResponse(responseCode = "403", description = RECORDER)
    @ApiResponse(responseCode = "404", description = NO_MEETING)
    @ApiResponse(responseCode = "409", description = NOT_OPEN)
    @ApiResponse(responseCode = "422", description = "Wie de toezegging deed is geen lid, niet de burgemeester of een "
            + "wethouder, of niet aanwezig; of de uiterste datum ligt vóór de vergadering")
    ResponseEntity<CommitmentView> make(@Parameter(description = MEETING_ID) @PathVariable String meetingId,
                                        @Valid @RequestBody CommitmentRequest request,
                                        @Parameter(description = IDEMPOTENCY)
                                        @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                        Caller caller) {
        Caller recorder = access.recorder(meetingId, caller);
        String id = UUID.randomUUID().toString();
        String agendaItemId = request.agendaItemId() == null || request.agendaItemId().isBlank() ? null
                : request.agendaItemId().strip();
        String portfolioHolder = request.portfolioHolder() == null || request.portfolioHolder().isBlank() ? null
                : request.portfolioHolder().strip();
        commands.sendAndWait(new MakeCommitment(meetingId, id, agendaItemId, request.proposalId(), request.text().strip(),
                request.madeBy(), portfolioHolder, request.madeTo().strip(), request.deadline(), recorder));
        return ResponseEntity.created(URI.create("/api/meetings/" + meetingId + "/commitments/" + id))
                .body(floor.commitment(meetingId, id).orElseThrow());
    }

    @GetMapping
    @Operation(summary = "Toezeggingen van een vergadering", description = "Alle toezeggingen in de volgorde waarin "
            + "ze zijn gedaan.")
    @ApiResponse(responseCode = "200", description = "De toezeggingen")
    @ApiResponse(responseCode = "404", description = NO_MEETING)
    List<CommitmentView> commitments(@Parameter(description = MEETING_ID) @PathVariable String meetingId, Caller caller) {
        access.meeting(meetingId);
        return access.visible(floor.commitments(meetingId), CommitmentView::proposalId, caller);
    }
}
