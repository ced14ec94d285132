package nl.hamerslag.drafting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.drafting.AttachmentKind;
import nl.hamerslag.drafting.command.AddAttachment;
import nl.hamerslag.drafting.command.AttachmentFile;
import nl.hamerslag.drafting.command.AttachmentLimit;
import nl.hamerslag.drafting.command.RemoveAttachment;
import nl.hamerslag.drafting.command.ReplaceAttachment;
import nl.hamerslag.drafting.command.refusal.NoSuchAttachment;
import nl.hamerslag.drafting.command.refusal.TooManyAttachments;
import nl.hamerslag.drafting.content.ContentStore;
import nl.hamerslag.drafting.query.AttachmentView;
import nl.hamerslag.drafting.query.ProposalQueries;
import nl.hamerslag.platform.identity.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/proposals/{id}/attachments")
@Tag(name = "Bijlagen", description = "Het hoofddocument en de bijlagen van een voorstel: uploaden, vervangen, "
        + "verwijderen, downloaden. De inhoud wordt één keer per SHA-256 bewaard en nooit gewijzigd.")
public class AttachmentController {

    private final AttachmentIntake intake;
    private final ContentStore store;
    private final ProposalAccess access;
    private final ProposalQueries queries;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final AttachmentLimit limit;

    public AttachmentController(AttachmentIntake intake, ContentStore store, ProposalAccess access,
                                ProposalQueries queries, CommandGateway commands,
                                PlatformTransactionManager transactionManager, AttachmentLimit limit) {
        this.limit = limit;
        this.intake = intake;
        this.store = store;
        this.access = access;
        this.queries = queries;
        this.commands = commands;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    static String href(UUID proposalId, String attachmentId) {
        return "/api/proposals/" + proposalId + "/attachments/" + attachmentId;
    }

    @GetMapping
    @Operation(summary = "Bijlagen opvragen", description = "De huidige bijlagen van een voorstel, hoofddocument eerst.")
    @ApiResponse(responseCode = "404", description = "Geen voorstel met dit id, of u mag het niet zien")
    public List<AttachmentResponse> list(@PathVariable UUID id, Caller caller) {
        access.visible(id, caller);
        return queries.attachments(id).stream().map(a -> AttachmentResponse.of(a, href(id, a.id()))).toList();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Bijlage uploaden",
            description = "Voegt het hoofddocument (kind=MAIN, één per voorstel) of een bijlage (kind=ANNEX) toe, zolang het "
                    + "voorstel in concept of teruggestuurd is. Het mediatype wordt uit de inhoud bepaald, niet uit de naam "
                    + "of het opgegeven type. Het antwoord noemt het id en de SHA-256.")
    @ApiResponse(responseCode = "201", description = "Toegevoegd; Location is de download-link")
    @ApiResponse(responseCode = "400", description = "Leeg bestand, een pad in de bestandsnaam, of kind ontbreekt")
    @ApiResponse(responseCode = "403", description = "U mag het voorstel zien, maar bent niet de steller")
    @ApiResponse(responseCode = "404", description = "Geen voorstel met dit id, of u mag het niet zien")
    @ApiResponse(responseCode = "409", description = "Het voorstel is niet bewerkbaar, of heeft al een hoofddocument")
    @ApiResponse(responseCode = "413", description = "Het bestand is groter dan de limiet")
    @ApiResponse(responseCode = "422", description = "Het voorstel heeft al het maximale aantal bijlagen")
    @ApiResponse(responseCode = "415", description = "Dit soort bestand is niet toegestaan")
    public ResponseEntity<AttachmentResponse> upload(
            @PathVariable UUID id,
            @Parameter(description = "Het bestand") @RequestPart("file") MultipartFile file,
            @Parameter(description = "MAIN (hoofddocument) of ANNEX (bijlage)") @RequestParam("kind") AttachmentKind kind,
            Caller caller) throws IOException {
        Caller author = access.asAuthor(access.visible(id, caller), caller);
        if (queries.attachments(id).size() >= limit.perProposal()) {
            throw new TooManyAttachments(new ProposalId(id), limit.perProposal()); // before the bytes are read; the aggregate checks again
        }
        String attachmentId = UUID.randomUUID().toString();
        try (AttachmentIntake.Upload upload = intake.accept(file)) {
            storeAndSend(upload, new AddAttachment(new ProposalId(id), attachmentId, kind, fileOf(upload), author));
        }
        return ResponseEntity.created(URI.create(href(id, attachmentId))).body(response(id, attachmentId));
    }

    @PutMapping(path = "/{attachmentId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Bijlage vervangen",
            description = "Een nieuwe versie van dezelfde bijlage (zelfde id, revisie + 1). De vorige inhoud blijft bewaard "
                    + "en blijft bereikbaar via de ingediende versies.")
    @ApiResponse(responseCode = "200", description = "Vervangen")
    @ApiResponse(responseCode = "400", description = "Leeg bestand of een pad in de bestandsnaam")
    @ApiResponse(responseCode = "403", description = "U mag het voorstel zien, maar bent niet de steller")
    @ApiResponse(responseCode = "404", description = "Geen voorstel of bijlage met dit id, of u mag het voorstel niet zien")
    @ApiResponse(responseCode = "409", description = "Het voorstel is niet bewerkbaar")
    @ApiResponse(responseCode = "413", description = "Het bestand is groter dan de limiet")
    @ApiResponse(responseCode = "415", description = "Dit soort bestand is niet toegestaan")
    public AttachmentResponse replace(@PathVariable UUID id, @PathVariable String attachmentId,
                                      @Parameter(description = "Het bestand") @RequestPart("file") MultipartFile file,
                                      Caller caller) throws IOException {
        Caller author = access.asAuthor(access.visible(id, caller), caller);
        try (AttachmentIntake.Upload upload = intake.accept(file)) {
            storeAndSend(upload, new ReplaceAttachment(new ProposalId(id), attachmentId, fileOf(upload), author));
        }
        return response(id, attachmentId);
    }

    @DeleteMapping("/{attachmentId}")
    @Operation(summary = "Bijlage verwijderen",
            description = "Haalt de bijlage uit het voorstel zolang het bewerkbaar is. Eerder ingediende versies houden haar.")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @ApiResponse(responseCode = "403", description = "U mag het voorstel zien, maar bent niet de steller")
    @ApiResponse(responseCode = "404", description = "Geen voorstel of bijlage met dit id, of u mag het voorstel niet zien")
    @ApiResponse(responseCode = "409", description = "Het voorstel is niet bewerkbaar")
    public ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable String attachmentId,
                                       Caller caller) {
        Caller author = access.asAuthor(access.visible(id, caller), caller);
        commands.sendAndWait(new RemoveAttachment(new ProposalId(id), attachmentId, author));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{attachmentId}")
    @Operation(summary = "Bijlage downloaden",
            description = "De inhoud van de huidige versie, met het herkende Content-Type, de bestandsnaam in "
                    + "Content-Disposition en de SHA-256 als ETag (If-None-Match geeft 304).")
    @ApiResponse(responseCode = "200", description = "De inhoud")
    @ApiResponse(responseCode = "304", description = "Ongewijzigd ten opzichte van If-None-Match")
    @ApiResponse(responseCode = "404", description = "Geen voorstel of bijlage met dit id, of u mag het voorstel niet zien")
    public ResponseEntity<StreamingResponseBody> download(
            @PathVariable UUID id, @PathVariable String attachmentId,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            Caller caller) {
        access.visible(id, caller);
        AttachmentView attachment = queries.attachment(id, attachmentId)
                .orElseThrow(() -> new NoSuchAttachment(new ProposalId(id), attachmentId));
        return content(attachment, ifNoneMatch, store);
    }

    /** The bytes of {@code attachment}, streamed chunk by chunk from the content store. */
    static ResponseEntity<StreamingResponseBody> content(AttachmentView attachment, String ifNoneMatch,
                                                         ContentStore store) {
        String etag = "\"" + attachment.sha256() + "\"";
        if (ifNoneMatch != null && List.of(ifNoneMatch.split(",")).stream().map(String::strip)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        ContentHash sha256 = ContentHash.of(attachment.sha256());
        store.requireIntact(sha256);
        StreamingResponseBody body = out -> store.copyTo(sha256, out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.mediaType()))
                .contentLength(attachment.size())
                .eTag(etag)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(attachment.name(), StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private void storeAndSend(AttachmentIntake.Upload upload, Object command) {
        transaction.executeWithoutResult(status -> {
            try {
                store.store(upload.content(), upload.file());
            } catch (IOException e) {
                throw new UncheckedIOException("could not store attachment content " + upload.content().sha256(), e);
            }
            commands.sendAndWait(command);
        });
    }

    private static AttachmentFile fileOf(AttachmentIntake.Upload upload) {
        return new AttachmentFile(upload.name(), upload.content().mediaType(), upload.content().size(),
                upload.content().sha256());
    }

    private AttachmentResponse response(UUID id, String attachmentId) {
        return queries.attachment(id, attachmentId).map(a -> AttachmentResponse.of(a, href(id, a.id())))
                .orElseThrow(() -> new NoSuchAttachment(new ProposalId(id), attachmentId));
    }
}
