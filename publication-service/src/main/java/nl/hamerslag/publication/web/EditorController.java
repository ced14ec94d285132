package nl.hamerslag.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.contracts.publication.PublicDocument;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.publication.command.CorrectPublication;
import nl.hamerslag.publication.command.EditorPolicy;
import nl.hamerslag.publication.command.PlaceEmbargo;
import nl.hamerslag.publication.command.PublishNow;
import nl.hamerslag.publication.command.PublishRedacted;
import nl.hamerslag.publication.command.RefusePublication;
import nl.hamerslag.publication.command.SchedulePublication;
import nl.hamerslag.publication.command.WithdrawPublication;
import nl.hamerslag.publication.document.PublicCopies;
import nl.hamerslag.publication.query.PublicationQueries;
import nl.hamerslag.publication.query.PublicationView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static nl.hamerslag.publication.web.Descriptions.EDITOR;
import static nl.hamerslag.publication.web.Descriptions.ID;
import static nl.hamerslag.publication.web.Descriptions.IDEMPOTENCY;
import static nl.hamerslag.publication.web.Descriptions.NO_PUBLICATION;
import static nl.hamerslag.publication.web.Descriptions.STATE;

@RestController
@RequestMapping("/api/publications/{id}")
@Tag(name = "Eindredactie", description = "De eindredacteur (FINAL_EDITOR) beslist per kandidaat: nu publiceren, "
        + "inplannen, onder embargo zetten, een gelakte versie publiceren (het origineel blijft intern), weigeren met een "
        + "Woo-grond, terugtrekken met een reden, corrigeren (een nieuwe versie vervangt de oude; beide blijven in de "
        + "geschiedenis). Wat niet openbaar is, gaat alleen als gelakte versie naar buiten. Elke beslissing is een "
        + "gebeurtenis op hamerslag.publication.events.v1.")
class EditorController {

    private final CommandGateway commands;
    private final PublicationAccess access;
    private final PublicationQueries queries;
    private final PublicCopies copies;
    private final RedactedUploads uploads;
    private final TransactionTemplate transaction;
    private final Clock clock;

    EditorController(CommandGateway commands, PublicationAccess access, PublicationQueries queries, PublicCopies copies,
                     RedactedUploads uploads, TransactionTemplate transaction, Clock clock) {
        this.commands = commands;
        this.access = access;
        this.queries = queries;
        this.copies = copies;
        this.uploads = uploads;
        this.transaction = transaction;
        this.clock = clock;
    }

    @PostMapping("/publish")
    @Operation(summary = "Nu publiceren", description = "De kandidaat staat meteen op alle openbare kanalen. Alleen wat "
            + "openbaar is (en waarvan elk document een openbare kopie heeft); de rest alleen als gelakte versie. Ook een "
            + "ingeplande of eerder geweigerde kandidaat; niet onder embargo. Met een Idempotency-Key levert een "
            + "herhaling hetzelfde antwoord.")
    @ApiResponse(responseCode = "200", description = "Gepubliceerd")
    @ApiResponse(responseCode = "403", description = EDITOR)
    @ApiResponse(responseCode = "404", description = NO_PUBLICATION)
    @ApiResponse(responseCode = "409", description = STATE)
    PublicationView publish(@Parameter(description = ID) @PathVariable String id,
                            @Parameter(description = IDEMPOTENCY) @RequestHeader(name = "Idempotency-Key", required = false)
                            String idempotencyKey, Caller caller) {
        access.visible(id, caller);
        commands.sendAndWait(new PublishNow(id, EditorPolicy.actingAsEditor(caller)));
        return reread(id);
    }

    @PostMapping("/schedule")
    @Operation(summary = "Inplannen", description = "De kandidaat wordt op het gekozen moment gepubliceerd (een termijn "
            + "die een herstart overleeft). Eerder publiceren blijft mogelijk; opnieuw inplannen verplaatst het moment.")
    @ApiResponse(responseCode = "200", description = "Ingepland")
    @ApiResponse(responseCode = "400", description = "Het moment ontbreekt of ligt niet in de toekomst")
    @ApiResponse(responseCode = "403", description = EDITOR)
    @ApiResponse(responseCode = "404", description = NO_PUBLICATION)
    @ApiResponse(responseCode = "409", description = STATE)
    PublicationView schedule(@Parameter(description = ID) @PathVariable String id, @RequestBody ScheduleRequest request,
                             Caller caller) {
        access.visible(id, caller);
        commands.sendAndWait(new SchedulePublication(id, request.at(), EditorPolicy.actingAsEditor(caller)));
        return reread(id);
    }

    @PostMapping("/embargo")
    @Operation(summary = "Onder embargo zetten", description = "De kandidaat wordt gepubliceerd zodra het embargo "
            + "afloopt, en geen moment eerder: ook 'nu publiceren' wacht dan.")
    @ApiResponse(responseCode = "200", description = "Onder embargo")
    @ApiResponse(responseCode = "400", description = "Het einde ontbreekt of ligt niet in de toekomst")
    @ApiResponse(responseCode = "403", description = EDITOR)
    @ApiResponse(responseCode = "404", description = NO_PUBLICATION)
    @ApiResponse(responseCode = "409", description = STATE)
    PublicationView embargo(@Parameter(description = ID) @PathVariable String id, @RequestBody EmbargoRequest request,
                            Caller caller) {
        access.visible(id, caller);
        commands.sendAndWait(new PlaceEmbargo(id, request.until(), EditorPolicy.actingAsEditor(caller)));
        return reread(id);
    }

    @PostMapping(path = "/redacted", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Gelakte versie publiceren", description = "Uploadt de gelakte versie (een PDF, deel 'file') "
            + "met de lakkingen (deel 'redactions', een JSON-lijst: document, pagina, Woo-grond als code zoals 5.1.2e, "
            + "omschrijving). De gelakte PDF wordt ontdaan van ingebedde metadata en meteen gepubliceerd; het origineel "
            + "blijft intern. Met een Idempotency-Key levert een herhaling hetzelfde antwoord.")
    @ApiResponse(responseCode = "200", description = "Gepubliceerd als gelakte versie")
    @ApiResponse(responseCode = "400", description = "Geen lakkingen, een lakking zonder (geldige) Woo-grond, of geen "
            + "bruikbare bestandsnaam")
    @ApiResponse(responseCode = "403", description = EDITOR)
    @ApiResponse(responseCode = "404", description = NO_PUBLICATION)
    @ApiResponse(responseCode = "409", description = STATE)
    @ApiResponse(responseCode = "413", description = "Het bestand is groter dan de limiet")
    @ApiResponse(responseCode = "415", description = "Het bestand is geen (leesbare) PDF")
    PublicationView redacted(@Parameter(description = ID) @PathVariable String id,
                             @Parameter(description = "De gelakte versie (PDF)") @RequestPart("file") MultipartFile file,
                             @Parameter(description = "De lakkingen als JSON-lijst") @RequestPart("redactions") String redactions,
                             @Parameter(description = IDEMPOTENCY) @RequestHeader(name = "Idempotency-Key", required = false)
                             String idempotencyKey, Caller caller) throws IOException {
        access.visible(id, caller);
        Caller editor = EditorPolicy.actingAsEditor(caller);
        RedactedUploads.Received received = uploads.receive(file, redactions);
        // the copies and the decision in one transaction: a refused version stores nothing
        transaction.executeWithoutResult(status -> {
            PublicDocument document = copies.redacted(received.content(), received.name(), editor.subject(), clock.instant());
            commands.sendAndWait(new PublishRedacted(id, List.of(document), received.redactions(), editor));
        });
        return reread(id);
    }

    @PostMapping("/refuse")
    @Operation(summary = "Publicatie weigeren", description = "De kandidaat wordt niet gepubliceerd, op een "
            + "weigeringsgrond van de Woo (art. 5.1 of 5.2, als code zoals 5.1.2e), met een toelichting.")
    @ApiResponse(responseCode = "200", description = "Geweigerd")
    @ApiResponse(responseCode = "400", description = "De Woo-grond ontbreekt of bestaat niet")
    @ApiResponse(responseCode = "403", description = EDITOR)
    @ApiResponse(responseCode = "404", description = NO_PUBLICATION)
    @ApiResponse(responseCode = "409", description = "Al gepubliceerd (trek haar dan terug) of teruggetrokken")
    PublicationView refuse(@Parameter(description = ID) @PathVariable String id, @RequestBody RefusalRequest request,
                           Caller caller) {
        access.visible(id, caller);
        commands.sendAndWait(new RefusePublication(id, request.ground(), request.explanation(),
                EditorPolicy.actingAsEditor(caller)));
        return reread(id);
    }

    @PostMapping("/withdraw")
    @Operation(summary = "Terugtrekken", description = "De publicatie verdwijnt meteen van alle openbare kanalen; een "
            + "melding van terugtrekking (titel, wanneer, waarom) blijft staan.")
    @ApiResponse(responseCode = "200", description = "Teruggetrokken")
    @ApiResponse(responseCode = "400", description = "De reden ontbreekt")
    @ApiResponse(responseCode = "403", description = EDITOR)
    @ApiResponse(responseCode = "404", description = NO_PUBLICATION)
    @ApiResponse(responseCode = "409", description = "Al teruggetrokken, of niet gepubliceerd")
    PublicationView withdraw(@Parameter(description = ID) @PathVariable String id, @RequestBody ReasonRequest request,
                             Caller caller) {
        access.visible(id, caller);
        commands.sendAndWait(new WithdrawPublication(id, request.reason(), EditorPolicy.actingAsEditor(caller)));
        return reread(id);
    }

    @PostMapping("/correct")
    @Operation(summary = "Corrigeren", description = "Een nieuwe versie met de gegeven titel en tekst vervangt de "
            + "gepubliceerde op alle openbare kanalen; beide blijven in de geschiedenis. Met een Idempotency-Key levert "
            + "een herhaling hetzelfde antwoord.")
    @ApiResponse(responseCode = "200", description = "Gecorrigeerd")
    @ApiResponse(responseCode = "400", description = "Titel of reden ontbreekt, of een tekst is te lang")
    @ApiResponse(responseCode = "403", description = EDITOR)
    @ApiResponse(responseCode = "404", description = NO_PUBLICATION)
    @ApiResponse(responseCode = "409", description = "Niet gepubliceerd (of teruggetrokken)")
    PublicationView correct(@Parameter(description = ID) @PathVariable String id, @RequestBody CorrectionRequest request,
                            @Parameter(description = IDEMPOTENCY) @RequestHeader(name = "Idempotency-Key", required = false)
                            String idempotencyKey, Caller caller) {
        access.visible(id, caller);
        commands.sendAndWait(new CorrectPublication(id, request.title(), request.text(), request.reason(),
                EditorPolicy.actingAsEditor(caller)));
        return reread(id);
    }

    private PublicationView reread(String id) {
        return queries.publication(UUID.fromString(id)).orElseThrow();
    }
}
