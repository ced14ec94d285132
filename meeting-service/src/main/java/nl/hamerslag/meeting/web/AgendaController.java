package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.meeting.command.AddStandingItem;
import nl.hamerslag.meeting.command.AdoptDecisionList;
import nl.hamerslag.meeting.command.DecideHammerItems;
import nl.hamerslag.meeting.command.DecideItem;
import nl.hamerslag.meeting.command.MarkAgendaItem;
import nl.hamerslag.meeting.command.MoveAgendaItem;
import nl.hamerslag.meeting.command.PublishAgenda;
import nl.hamerslag.meeting.command.ScheduleProposal;
import nl.hamerslag.meeting.command.WithdrawAgendaItem;
import nl.hamerslag.meeting.query.AgendaChangeView;
import nl.hamerslag.meeting.query.AgendaItemView;
import nl.hamerslag.meeting.query.DecisionView;
import nl.hamerslag.meeting.query.MeetingQueries;
import nl.hamerslag.meeting.query.MeetingView;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.visibility.ProposalAudiences;
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
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/meetings/{id}/agenda")
@Tag(name = "Agenda en besluiten", description = "Agenderen: agendeerbare voorstellen en vaste punten op de agenda, "
        + "hamerstuk of bespreekstuk, volgorde, besloten behandeling, terugnemen, publiceren; in de vergadering de "
        + "besluiten. Wijzigingen na publicatie worden vastgelegd en gepubliceerd (AgendaChanged). Punten van voorstellen "
        + "die u niet mag zien, bestaan voor u niet (404).")
class AgendaController {

    private static final String MEETING_ID = "Id van de vergadering";
    private static final String ITEM_ID = "Id van het agendapunt";
    private static final String HIDDEN_ITEM = "Geen vergadering of agendapunt met dit id, of een punt van een voorstel "
            + "dat u niet mag zien";
    private static final String CHANGEABLE = "De vergadering is geannuleerd of gesloten; haar agenda verandert niet meer";

    private final CommandGateway commands;
    private final MeetingQueries meetings;
    private final MeetingAccess access;
    private final ProposalAudiences audiences;

    AgendaController(CommandGateway commands, MeetingQueries meetings, MeetingAccess access, ProposalAudiences audiences) {
        this.commands = commands;
        this.meetings = meetings;
        this.access = access;
        this.audiences = audiences;
    }

    @GetMapping
    @Operation(summary = "Agenda opvragen",
            description = "De agendapunten op volgorde, met nummer, soort, titel, hamerstuk (A) of bespreekstuk (B), "
                    + "besloten behandeling, de documenten van de goedgekeurde versie en de stand (ON_AGENDA, DECIDED, "
                    + "WITHDRAWN); teruggenomen punten achteraan. Daarbij de wijzigingen na publicatie met tijdstip en "
                    + "reden. Punten van voorstellen die u niet mag zien, ontbreken.")
    @ApiResponse(responseCode = "200", description = "De agenda")
    @ApiResponse(responseCode = "404", description = "Geen vergadering met dit id")
    AgendaResponse agenda(@Parameter(description = MEETING_ID) @PathVariable String id, Caller caller) {
        return agendaOf(access.meeting(id), caller);
    }

    @PostMapping("/proposals")
    @Operation(summary = "Voorstel agenderen",
            description = "Zet een agendeerbaar voorstel (GET /api/meetings/ready) op de agenda, als bespreekstuk of "
                    + "hamerstuk, met zijn goedgekeurde versie en documenten. Drafting toont het voorstel dan als "
                    + "geagendeerd (ProposalScheduled). Na publicatie is dit een wijziging (ADDED). Met een "
                    + "Idempotency-Key levert een herhaling hetzelfde antwoord.")
    @ApiResponse(responseCode = "201", description = "Geagendeerd; het nieuwe agendapunt")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer")
    @ApiResponse(responseCode = "403", description = MeetingController.KEEPER_ONLY)
    @ApiResponse(responseCode = "404", description = "Geen vergadering met dit id, of geen voorstel dat u mag zien")
    @ApiResponse(responseCode = "409", description = "Het voorstel is niet goedgekeurd of niet agendeerbaar voor dit "
            + "gremium, staat al op deze agenda, de agenda is vol, of " + CHANGEABLE)
    ResponseEntity<AgendaItemView> schedule(@Parameter(description = MEETING_ID) @PathVariable String id,
                                            @Valid @RequestBody ScheduleRequest request,
                                            @Parameter(description = "Maakt een herhaalde POST veilig")
                                            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                            Caller caller) {
        MeetingView meeting = access.meeting(id);
        access.requireVisibleProposal(request.proposalId(), caller);
        Caller keeper = access.keeper(meeting, caller);
        String itemId = UUID.randomUUID().toString();
        commands.sendAndWait(new ScheduleProposal(id, itemId, new ProposalId(request.proposalId()), request.itemType(),
                request.reason(), Instant.now(), keeper));
        return created(meeting, itemId, caller);
    }

    @PostMapping("/items")
    @Operation(summary = "Vast agendapunt toevoegen",
            description = "Voegt een opening, mededelingen, het vaststellen van de besluitenlijst van een eerdere "
                    + "vergadering van hetzelfde gremium (previousMeetingId), ingekomen stukken of een sluiting toe, "
                    + "achteraan de agenda. Na publicatie is dit een wijziging (ADDED).")
    @ApiResponse(responseCode = "201", description = "Toegevoegd; het nieuwe agendapunt")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer, of PROPOSAL als soort")
    @ApiResponse(responseCode = "403", description = MeetingController.KEEPER_ONLY)
    @ApiResponse(responseCode = "404", description = "Geen vergadering met dit id")
    @ApiResponse(responseCode = "409", description = "De agenda is vol, of " + CHANGEABLE)
    @ApiResponse(responseCode = "422", description = "De genoemde eerdere vergadering bestaat niet of is van een ander gremium")
    ResponseEntity<AgendaItemView> addStanding(@Parameter(description = MEETING_ID) @PathVariable String id,
                                               @Valid @RequestBody StandingItemRequest request,
                                               @Parameter(description = "Maakt een herhaalde POST veilig")
                                               @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                               Caller caller) {
        MeetingView meeting = access.meeting(id);
        Caller keeper = access.keeper(meeting, caller);
        String itemId = UUID.randomUUID().toString();
        commands.sendAndWait(new AddStandingItem(id, itemId, request.kind(), request.title(),
                request.previousMeetingId() == null ? null : request.previousMeetingId().strip(), request.reason(),
                Instant.now(), keeper));
        return created(meeting, itemId, caller);
    }

    @PostMapping("/{itemId}/mark")
    @Operation(summary = "Agendapunt markeren",
            description = "Markeert een voorstel als hamerstuk (HAMMER_ITEM) of bespreekstuk (DEBATE_ITEM), en/of een "
                    + "punt voor het besloten deel. Na publicatie is dit een wijziging (MARKED).")
    @ApiResponse(responseCode = "200", description = "De agenda na de wijziging")
    @ApiResponse(responseCode = "403", description = MeetingController.KEEPER_ONLY)
    @ApiResponse(responseCode = "404", description = HIDDEN_ITEM)
    @ApiResponse(responseCode = "409", description = "Het punt is besloten of teruggenomen, of " + CHANGEABLE)
    @ApiResponse(responseCode = "422", description = "Hamerstuk of bespreekstuk voor een punt dat geen voorstel is")
    AgendaResponse mark(@Parameter(description = MEETING_ID) @PathVariable String id,
                        @Parameter(description = ITEM_ID) @PathVariable String itemId,
                        @Valid @RequestBody MarkRequest request, Caller caller) {
        MeetingView meeting = access.meeting(id);
        access.item(meeting, itemId, caller);
        commands.sendAndWait(new MarkAgendaItem(id, itemId, request.itemType(), request.confidential(), request.reason(),
                access.keeper(meeting, caller)));
        return agendaOf(meeting, caller);
    }

    @PostMapping("/{itemId}/move")
    @Operation(summary = "Agendapunt verplaatsen",
            description = "Verplaatst een punt naar een ander agendapuntnummer; de andere punten schuiven op. Na "
                    + "publicatie is dit een wijziging (MOVED).")
    @ApiResponse(responseCode = "200", description = "De agenda na de wijziging")
    @ApiResponse(responseCode = "400", description = "Ongeldige positie")
    @ApiResponse(responseCode = "403", description = MeetingController.KEEPER_ONLY)
    @ApiResponse(responseCode = "404", description = HIDDEN_ITEM)
    @ApiResponse(responseCode = "409", description = "Het punt is teruggenomen, of " + CHANGEABLE)
    @ApiResponse(responseCode = "422", description = "De positie ligt buiten de agenda")
    AgendaResponse move(@Parameter(description = MEETING_ID) @PathVariable String id,
                        @Parameter(description = ITEM_ID) @PathVariable String itemId,
                        @Valid @RequestBody MoveRequest request, Caller caller) {
        MeetingView meeting = access.meeting(id);
        access.item(meeting, itemId, caller);
        commands.sendAndWait(new MoveAgendaItem(id, itemId, request.position(), request.reason(),
                access.keeper(meeting, caller)));
        return agendaOf(meeting, caller);
    }

    @PostMapping("/{itemId}/withdraw")
    @Operation(summary = "Agendapunt terugnemen",
            description = "Neemt een punt zonder besluit van de agenda, met reden. Het punt blijft zichtbaar als "
                    + "teruggenomen; een voorstel wordt weer agendeerbaar voor hetzelfde gremium (ProposalUnscheduled). "
                    + "Na publicatie is dit een wijziging (WITHDRAWN).")
    @ApiResponse(responseCode = "200", description = "De agenda na de wijziging")
    @ApiResponse(responseCode = "400", description = "Geen reden of een te lange reden")
    @ApiResponse(responseCode = "403", description = MeetingController.KEEPER_ONLY)
    @ApiResponse(responseCode = "404", description = HIDDEN_ITEM)
    @ApiResponse(responseCode = "409", description = "Het punt is al besloten of teruggenomen, of " + CHANGEABLE)
    AgendaResponse withdraw(@Parameter(description = MEETING_ID) @PathVariable String id,
                            @Parameter(description = ITEM_ID) @PathVariable String itemId,
                            @Valid @RequestBody ReasonRequest request, Caller caller) {
        MeetingView meeting = access.meeting(id);
        access.item(meeting, itemId, caller);
        commands.sendAndWait(new WithdrawAgendaItem(id, itemId, request.reason(), access.keeper(meeting, caller)));
        return agendaOf(meeting, caller);
    }

    @PostMapping("/publish")
    @Operation(summary = "Agenda publiceren",
            description = "Maakt de agenda bekend (AgendaPublished, met elk punt en elk document). Daarna kan de "
                    + "vergadering worden geopend; latere wijzigingen worden elk gepubliceerd (AgendaChanged).")
    @ApiResponse(responseCode = "200", description = "Gepubliceerd")
    @ApiResponse(responseCode = "403", description = MeetingController.KEEPER_ONLY)
    @ApiResponse(responseCode = "404", description = "Geen vergadering met dit id")
    @ApiResponse(responseCode = "409", description = "Al gepubliceerd, of " + CHANGEABLE)
    AgendaResponse publish(@Parameter(description = MEETING_ID) @PathVariable String id, Caller caller) {
        MeetingView meeting = access.meeting(id);
        commands.sendAndWait(new PublishAgenda(id, access.keeper(meeting, caller)));
        return agendaOf(meeting, caller);
    }

    @PostMapping("/{itemId}/decision")
    @Operation(summary = "Besluit vastleggen",
            description = "Legt het besluit over een agendapunt vast: conform, gewijzigd (met de gewijzigde tekst), "
                    + "aangehouden (weer agendeerbaar voor dit gremium), verworpen of teruggetrokken, met besluittekst "
                    + "en vervolgacties. Het besluit noemt de versie en de SHA-256 van de documenten waarover besloten "
                    + "is. Een collegebesluit over een raadsvoorstel stuurt het naar de commissie, het advies van de "
                    + "commissie naar de raad. Een raadsbesluit vraagt een quorum. Elk punt wordt één keer besloten. "
                    + "Het punt 'vaststellen besluitenlijst' conform besluiten stelt die lijst vast.")
    @ApiResponse(responseCode = "201", description = "Besloten; het besluit (leeg bij het vaststellen van een besluitenlijst)")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer, of AMENDED zonder gewijzigde tekst")
    @ApiResponse(responseCode = "403", description = MeetingController.KEEPER_ONLY)
    @ApiResponse(responseCode = "404", description = HIDDEN_ITEM)
    @ApiResponse(responseCode = "409", description = "De vergadering is niet geopend, het punt is al besloten of "
            + "teruggenomen, er is geen quorum (raad), of de besluitenlijst is niet vast te stellen")
    @ApiResponse(responseCode = "422", description = "Dit punt wordt niet besloten, of een verkeerd volgend gremium")
    ResponseEntity<DecisionView> decide(@Parameter(description = MEETING_ID) @PathVariable String id,
                                        @Parameter(description = ITEM_ID) @PathVariable String itemId,
                                        @Valid @RequestBody DecisionRequest request, Caller caller) {
        MeetingView meeting = access.meeting(id);
        access.item(meeting, itemId, caller);
        commands.sendAndWait(new DecideItem(id, itemId, request.outcome(), request.decisionText(), request.amendedText(),
                request.actions(), request.nextBody(), Instant.now(), access.keeper(meeting, caller)));
        return ResponseEntity.created(URI.create("/api/meetings/" + id + "/decision-list")).body(
                meetings.decisions(id).stream().filter(d -> d.agendaItemId().equals(itemId)).findFirst().orElse(null));
    }

    @PostMapping("/decide-hammer-items")
    @Operation(summary = "Hamerstukken conform besluiten",
            description = "Besluit alle nog niet besloten hamerstukken in één keer conform. Een raadsbesluit vraagt een "
                    + "quorum.")
    @ApiResponse(responseCode = "200", description = "De besluiten die zijn genomen (leeg als er geen hamerstukken waren)")
    @ApiResponse(responseCode = "403", description = MeetingController.KEEPER_ONLY)
    @ApiResponse(responseCode = "404", description = "Geen vergadering met dit id")
    @ApiResponse(responseCode = "409", description = "De vergadering is niet geopend, of er is geen quorum (raad)")
    List<DecisionView> decideHammerItems(@Parameter(description = MEETING_ID) @PathVariable String id, Caller caller) {
        MeetingView meeting = access.meeting(id);
        List<?> decided = commands.sendAndWait(new DecideHammerItems(id, Instant.now(), access.keeper(meeting, caller)));
        Set<UUID> admitted = admitted(meeting.id(), caller);
        return meetings.decisions(id).stream()
                .filter(d -> decided != null && decided.contains(d.agendaItemId()) && admitted.contains(d.proposalId()))
                .toList();
    }

    @PostMapping("/{itemId}/adopt-decision-list")
    @Operation(summary = "Besluitenlijst vaststellen",
            description = "Stelt de besluitenlijst vast van de eerdere vergadering die het punt 'vaststellen "
                    + "besluitenlijst' noemt (DecisionListAdopted). Die vergadering moet gesloten zijn, van hetzelfde "
                    + "gremium, en haar lijst nog niet vastgesteld.")
    @ApiResponse(responseCode = "200", description = "Vastgesteld; de agenda na het besluit")
    @ApiResponse(responseCode = "403", description = MeetingController.KEEPER_ONLY)
    @ApiResponse(responseCode = "404", description = HIDDEN_ITEM)
    @ApiResponse(responseCode = "409", description = "De vergadering is niet geopend, het punt is al besloten, of de "
            + "besluitenlijst is niet (meer) vast te stellen")
    @ApiResponse(responseCode = "422", description = "Het punt is geen 'vaststellen besluitenlijst'")
    AgendaResponse adopt(@Parameter(description = MEETING_ID) @PathVariable String id,
                         @Parameter(description = ITEM_ID) @PathVariable String itemId, Caller caller) {
        MeetingView meeting = access.meeting(id);
        access.item(meeting, itemId, caller);
        commands.sendAndWait(new AdoptDecisionList(id, itemId, Instant.now(), access.keeper(meeting, caller)));
        return agendaOf(meeting, caller);
    }

    private ResponseEntity<AgendaItemView> created(MeetingView meeting, String itemId, Caller caller) {
        AgendaItemView item = access.item(meeting, itemId, caller);
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id() + "/agenda#" + itemId)).body(item);
    }

    private AgendaResponse agendaOf(MeetingView meeting, Caller caller) {
        List<AgendaItemView> items = meetings.agenda(meeting.id());
        Set<UUID> admitted = audiences.admitted(items.stream().map(AgendaItemView::proposalId)
                .filter(Objects::nonNull).toList(), caller);
        List<AgendaItemView> visible = items.stream()
                .filter(item -> item.proposalId() == null || admitted.contains(item.proposalId())).toList();
        Set<String> visibleIds = visible.stream().map(AgendaItemView::id).collect(java.util.stream.Collectors.toSet());
        List<AgendaChangeView> changes = meetings.changes(meeting.id()).stream()
                .filter(change -> visibleIds.contains(change.agendaItemId())).toList();
        return new AgendaResponse(meeting.id(), access.meeting(meeting.id()).state(), visible, changes);
    }

    private Set<UUID> admitted(String meetingId, Caller caller) {
        return audiences.admitted(meetings.agenda(meetingId).stream().map(AgendaItemView::proposalId)
                .filter(Objects::nonNull).toList(), caller);
    }
}
