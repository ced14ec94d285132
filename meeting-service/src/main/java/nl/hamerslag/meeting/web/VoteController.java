package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.hamerslag.meeting.command.AdoptWithoutVote;
import nl.hamerslag.meeting.command.HoldVote;
import nl.hamerslag.meeting.query.FloorQueries;
import nl.hamerslag.meeting.query.VoteView;
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
@RequestMapping("/api/meetings/{meetingId}/votes")
@Tag(name = "Stemmingen", description = "Stemmingen in een geopende vergadering over het voorstel van een agendapunt, "
        + "een amendement of een motie. Een aanwezig lid met een zetel stemt voor of tegen (onthouden bestaat niet); "
        + "een lid dat persoonlijk betrokken is neemt niet deel (Gemeentewet art. 28); afwezigen worden vermeld. "
        + "Aangenomen bij een meerderheid van de uitgebrachte stemmen voor; bij staking van stemmen (TIED) gaat het "
        + "punt naar de volgende vergadering. Aannemen zonder stemming kan, met aantekening van wie tegen is.")
class VoteController {

    private final CommandGateway commands;
    private final FloorQueries floor;
    private final FloorAccess access;

    VoteController(CommandGateway commands, FloorQueries floor, FloorAccess access) {
        this.commands = commands;
        this.floor = floor;
        this.access = access;
    }

    @PostMapping
    @Operation(summary = "Stemming vastleggen",
            description = "Legt een stemming vast: per aanwezig lid met een zetel FOR of AGAINST, of met "
                    + "withoutVote=true aangenomen zonder stemming (recordedAgainst: wie aantekening wil tegen te zijn). "
                    + "De uitslag per fractie en in totaal wordt berekend; een stemming over een amendement of motie "
                    + "beslist daarover (bij staking van stemmen: aangehouden). Amendementen gaan vóór het voorstel. "
                    + "Met een Idempotency-Key levert een herhaling hetzelfde antwoord.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; het antwoord is de stemming met de uitslag")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer: waarover ontbreekt, of een lid stemt twee keer")
    @ApiResponse(responseCode = "403", description = RECORDER)
    @ApiResponse(responseCode = "404", description = NO_MEETING + ", of geen amendement of motie met dit id")
    @ApiResponse(responseCode = "409", description = NOT_OPEN + "; het voorstel is al in stemming gebracht, er zijn nog "
            + "amendementen open, het amendement of de motie is al afgehandeld, of minder dan de helft van de zetels "
            + "neemt deel (Gemeentewet art. 29)")
    @ApiResponse(responseCode = "422", description = "Een stem van iemand die geen lid is, geen zetel heeft of niet "
            + "aanwezig is; een aanwezig lid zonder stem; een persoonlijk betrokken lid dat stemt; of zonder stemming "
            + "te veel leden tegen")
    ResponseEntity<VoteView> hold(@Parameter(description = MEETING_ID) @PathVariable String meetingId,
                                  @Valid @RequestBody VoteRequest request,
                                  @Parameter(description = IDEMPOTENCY)
                                  @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                  Caller caller) {
        Caller recorder = access.recorder(meetingId, caller);
        String voteId = UUID.randomUUID().toString();
        if (request.adoptedWithoutVote()) {
            commands.sendAndWait(new AdoptWithoutVote(meetingId, voteId, request.subject(), request.subjectId(),
                    request.agendaItemId(), request.proposalId(), request.recordedAgainst(), request.notParticipating(),
                    recorder));
        } else {
            commands.sendAndWait(new HoldVote(meetingId, voteId, request.subject(), request.subjectId(),
                    request.agendaItemId(), request.proposalId(),
                    request.votes() == null ? List.of() : request.votes().stream().map(BallotRequest::ballot).toList(),
                    request.notParticipating(), recorder));
        }
        return ResponseEntity.created(URI.create("/api/meetings/" + meetingId + "/votes/" + voteId))
                .body(floor.vote(meetingId, voteId).orElseThrow());
    }

    @GetMapping
    @Operation(summary = "Stemmingen van een vergadering", description = "Alle stemmingen in de volgorde waarin ze "
            + "zijn gehouden: per lid, per fractie en in totaal, met afwezigen en wie niet deelnam.")
    @ApiResponse(responseCode = "200", description = "De stemmingen")
    @ApiResponse(responseCode = "404", description = NO_MEETING)
    List<VoteView> votes(@Parameter(description = MEETING_ID) @PathVariable String meetingId, Caller caller) {
        access.meeting(meetingId);
        return access.visible(floor.votes(meetingId), VoteView::proposalId, caller);
    }
}
