package nl.hamerslag.followup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.hamerslag.contracts.followup.FollowUpKind;
import nl.hamerslag.followup.command.AcceptSettlement;
import nl.hamerslag.followup.command.ExtendDeadline;
import nl.hamerslag.followup.command.FollowUpState;
import nl.hamerslag.followup.command.ProposeSettlement;
import nl.hamerslag.followup.command.RejectSettlement;
import nl.hamerslag.followup.command.SettlementPolicy;
import nl.hamerslag.followup.command.StartItem;
import nl.hamerslag.followup.command.WorkPolicy;
import nl.hamerslag.followup.config.DeadlineMoments;
import nl.hamerslag.followup.document.SettlementDocuments;
import nl.hamerslag.followup.query.FollowUpItemView;
import nl.hamerslag.followup.query.FollowUpProjection;
import nl.hamerslag.followup.query.FollowUpQueries;
import nl.hamerslag.followup.query.ItemFilter;
import nl.hamerslag.followup.query.FollowUpVisibility;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.projection.AsOf;
import nl.hamerslag.platform.projection.PointInTime;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static nl.hamerslag.followup.web.Descriptions.ITEM_ID;
import static nl.hamerslag.followup.web.Descriptions.NO_ITEM;
import static nl.hamerslag.followup.web.Descriptions.SETTLER;
import static nl.hamerslag.followup.web.Descriptions.STATE;
import static nl.hamerslag.followup.web.Descriptions.WORKER;

@RestController
@RequestMapping("/api/followup/items")
@Tag(name = "Opvolgpunten", description = "Opvolging: vervolgacties uit besluiten, toezeggingen, aangenomen moties en "
        + "raadsvragen, gevolgd tot ze zijn afgedaan. Toestand: OPEN (nieuw) → IN_PROGRESS (in behandeling) → "
        + "SETTLEMENT_PROPOSED (afdoening voorgesteld, met brief of antwoord) → SETTLED (afgedaan), of terug naar "
        + "IN_PROGRESS als de afdoening niet wordt aanvaard. Elke wijziging is een gebeurtenis op "
        + "hamerslag.followup.events.v1.")
class ItemController {

    private final CommandGateway commands;
    private final FollowUpQueries queries;
    private final FollowUpVisibility visibility;
    private final ItemAccess access;
    private final SettlementDocuments documents;
    private final TransactionTemplate transaction;
    private final DeadlineMoments moments;
    private final Clock clock;
    private final AsOf asOf;
    private final PointInTime pointInTime;

    ItemController(CommandGateway commands, FollowUpQueries queries, FollowUpVisibility visibility, ItemAccess access,
                   SettlementDocuments documents, TransactionTemplate transaction, DeadlineMoments moments, Clock clock,
                   AsOf asOf, PointInTime pointInTime) {
        this.asOf = asOf;
        this.pointInTime = pointInTime;
        this.commands = commands;
        this.queries = queries;
        this.visibility = visibility;
        this.access = access;
        this.documents = documents;
        this.transaction = transaction;
        this.moments = moments;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Opvolgpunten zoeken", description = "De opvolgpunten die u mag zien, vroegste uiterste datum "
            + "eerst (hoogstens 2000). Filters (alle optioneel, samen te gebruiken): portefeuillehouder, afdeling, soort, "
            + "toestand, te laat (overdue), en 'deze maand af te ronden' (dueThisMonth: niet afgedaan, uiterste datum in "
            + "de lopende maand). Punten over een voorstel dat u niet mag zien, blijven weg.")
    @ApiResponse(responseCode = "200", description = "De opvolgpunten")
    List<FollowUpItemView> items(
            @Parameter(description = "Portefeuillehouder (wethouder of burgemeester)") @RequestParam(required = false) String portfolioHolder,
            @Parameter(description = "Afdeling") @RequestParam(required = false) String department,
            @Parameter(description = "ACTION (vervolgactie), COMMITMENT (toezegging), MOTION (motie) of QUESTION (raadsvraag)")
            @RequestParam(required = false) FollowUpKind kind,
            @Parameter(description = "OPEN, IN_PROGRESS, SETTLEMENT_PROPOSED of SETTLED") @RequestParam(required = false) FollowUpState state,
            @Parameter(description = "Alleen te late (true) of juist niet te late (false) punten") @RequestParam(required = false) Boolean overdue,
            @Parameter(description = "Alleen punten die deze maand af moeten") @RequestParam(required = false) Boolean dueThisMonth,
            Caller caller) {
        ItemFilter filter = new ItemFilter(blankToNull(portfolioHolder), blankToNull(department), kind,
                state == null ? null : state.name(), overdue,
                Boolean.TRUE.equals(dueThisMonth) ? moments.today(clock) : null);
        return visibility.visible(queries.items(filter), caller);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén opvolgpunt", description = "Het opvolgpunt met bron, eigenaar, uiterste datum, toestand en "
            + "(als die is voorgesteld) het afdoeningsdocument met zijn SHA-256.")
    @ApiResponse(responseCode = "200", description = "Het opvolgpunt (met asOf: zoals het toen was)")
    @ApiResponse(responseCode = "400", description = "asOf is geen ISO-8601-tijdstip of ligt in de toekomst")
    @ApiResponse(responseCode = "404", description = NO_ITEM + "; of het bestond op asOf nog niet")
    FollowUpItemView item(@Parameter(description = ITEM_ID) @PathVariable String id,
                          @Parameter(description = AsOf.DESCRIPTION)
                          @RequestParam(name = AsOf.PARAMETER, required = false) String asOf, Caller caller) {
        Optional<Instant> at = this.asOf.parse(asOf);
        FollowUpItemView now = access.visible(id, caller);
        return at.isEmpty() ? now
                : pointInTime.asOf(at.get(), List.of(FollowUpProjection.NAME), () -> access.visible(id, caller));
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "In behandeling nemen", description = "Het opvolgpunt gaat van OPEN naar IN_PROGRESS.")
    @ApiResponse(responseCode = "200", description = "In behandeling")
    @ApiResponse(responseCode = "403", description = WORKER)
    @ApiResponse(responseCode = "404", description = NO_ITEM)
    @ApiResponse(responseCode = "409", description = "Het opvolgpunt is niet meer OPEN")
    FollowUpItemView start(@Parameter(description = ITEM_ID) @PathVariable String id, Caller caller) {
        FollowUpItemView item = access.visible(id, caller);
        commands.sendAndWait(new StartItem(id, WorkPolicy.actingAsWorker(id, item.department(), caller)));
        return queries.item(id).orElseThrow();
    }

    @PostMapping(path = "/{id}/settlement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Afdoening voorstellen", description = "Uploadt de brief of het antwoord waarmee het opvolgpunt "
            + "wordt afgedaan (PDF, ODF, OOXML of platte tekst). Het mediatype wordt uit de inhoud bepaald, niet uit de "
            + "naam; de inhoud wordt bewaard onder haar SHA-256. Een punt dat nog OPEN is, gaat eerst in behandeling.")
    @ApiResponse(responseCode = "200", description = "Afdoening voorgesteld")
    @ApiResponse(responseCode = "400", description = "Leeg bestand of een pad in de bestandsnaam")
    @ApiResponse(responseCode = "403", description = WORKER)
    @ApiResponse(responseCode = "404", description = NO_ITEM)
    @ApiResponse(responseCode = "409", description = STATE)
    @ApiResponse(responseCode = "413", description = "Het bestand is groter dan de limiet")
    @ApiResponse(responseCode = "415", description = "Dit soort bestand is niet toegestaan")
    FollowUpItemView proposeSettlement(@Parameter(description = ITEM_ID) @PathVariable String id,
                                       @Parameter(description = "De brief of het antwoord") @RequestPart("file") MultipartFile file,
                                       Caller caller) throws IOException {
        FollowUpItemView item = access.visible(id, caller);
        Caller worker = WorkPolicy.actingAsWorker(id, item.department(), caller);
        try (InputStream in = file.getInputStream();
             SettlementDocuments.Upload upload = documents.receive(in, file.getOriginalFilename())) {
            // the bytes and the event in one transaction: a refused settlement stores nothing
            transaction.executeWithoutResult(status -> {
                documents.store(upload);
                commands.sendAndWait(new ProposeSettlement(id, upload.document(), worker));
            });
        }
        return queries.item(id).orElseThrow();
    }

    @GetMapping("/{id}/settlement")
    @Operation(summary = "Afdoeningsdocument downloaden", description = "De brief of het antwoord dat het laatst als "
            + "afdoening is voorgesteld, precies zoals geüpload.")
    @ApiResponse(responseCode = "200", description = "Het document")
    @ApiResponse(responseCode = "404", description = NO_ITEM + ", of er is geen afdoeningsdocument")
    ResponseEntity<byte[]> settlementDocument(@Parameter(description = ITEM_ID) @PathVariable String id, Caller caller) {
        FollowUpItemView item = access.visible(id, caller);
        FollowUpItemView.Document document = item.document();
        byte[] content = document == null ? null : documents.content(document.sha256()).orElse(null);
        if (content == null) {
            throw new ItemNotFound(id + "/settlement");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.name(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.ETAG, "\"" + document.sha256() + "\"")
                .body(content);
    }

    @PostMapping("/{id}/settlement/accept")
    @Operation(summary = "Afdoening aanvaarden", description = "Het opvolgpunt is afgedaan (SETTLED). Toezeggingen en moties "
            + "doet de griffie af (de raad stemt in), acties en raadsvragen een leidinggevende van de afdeling. Wie de "
            + "afdoening voorstelde, mag haar niet zelf aanvaarden.")
    @ApiResponse(responseCode = "200", description = "Afgedaan")
    @ApiResponse(responseCode = "403", description = SETTLER)
    @ApiResponse(responseCode = "404", description = NO_ITEM)
    @ApiResponse(responseCode = "409", description = "Er is geen afdoening voorgesteld (eerst een brief of antwoord "
            + "uploaden), of het punt is al afgedaan")
    FollowUpItemView accept(@Parameter(description = ITEM_ID) @PathVariable String id, Caller caller) {
        FollowUpItemView item = access.visible(id, caller);
        commands.sendAndWait(new AcceptSettlement(id, SettlementPolicy.actingAsSettler(id, item.kind(), item.department(), caller)));
        return queries.item(id).orElseThrow();
    }

    @PostMapping("/{id}/settlement/reject")
    @Operation(summary = "Afdoening niet aanvaarden", description = "De voorgestelde afdoening wordt niet aanvaard; het "
            + "opvolgpunt gaat terug naar IN_PROGRESS, met de reden.")
    @ApiResponse(responseCode = "200", description = "Terug in behandeling")
    @ApiResponse(responseCode = "400", description = "De reden ontbreekt")
    @ApiResponse(responseCode = "403", description = SETTLER)
    @ApiResponse(responseCode = "404", description = NO_ITEM)
    @ApiResponse(responseCode = "409", description = "Er is geen afdoening voorgesteld")
    FollowUpItemView reject(@Parameter(description = ITEM_ID) @PathVariable String id,
                            @Valid @RequestBody ReasonRequest request, Caller caller) {
        FollowUpItemView item = access.visible(id, caller);
        commands.sendAndWait(new RejectSettlement(id, request.reason(),
                SettlementPolicy.actingAsSettler(id, item.kind(), item.department(), caller)));
        return queries.item(id).orElseThrow();
    }

    @PostMapping("/{id}/deadline")
    @Operation(summary = "Termijn verlengen", description = "Verplaatst de uiterste datum naar later, met de reden. "
            + "Herinnering, te laat en escalatie beginnen opnieuw vanaf de nieuwe datum.")
    @ApiResponse(responseCode = "200", description = "Verlengd")
    @ApiResponse(responseCode = "400", description = "De reden ontbreekt, of de nieuwe datum is niet later dan de huidige")
    @ApiResponse(responseCode = "403", description = WORKER)
    @ApiResponse(responseCode = "404", description = NO_ITEM)
    @ApiResponse(responseCode = "409", description = "Het opvolgpunt is al afgedaan")
    FollowUpItemView extend(@Parameter(description = ITEM_ID) @PathVariable String id,
                            @Valid @RequestBody ExtensionRequest request, Caller caller) {
        FollowUpItemView item = access.visible(id, caller);
        commands.sendAndWait(new ExtendDeadline(id, request.deadline(), request.reason(),
                WorkPolicy.actingAsWorker(id, item.department(), caller)));
        return queries.item(id).orElseThrow();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
