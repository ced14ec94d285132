package nl.hamerslag.drafting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.drafting.command.DraftProposal;
import nl.hamerslag.drafting.command.ProposalLimits;
import nl.hamerslag.drafting.command.ProposalStatus;
import nl.hamerslag.drafting.command.ReviseProposal;
import nl.hamerslag.drafting.command.SubmitProposal;
import nl.hamerslag.drafting.command.WithdrawProposal;
import nl.hamerslag.drafting.query.ProposalPage;
import nl.hamerslag.drafting.query.ProposalProjection;
import nl.hamerslag.drafting.query.ProposalQueries;
import nl.hamerslag.drafting.query.ProposalSearch;
import nl.hamerslag.drafting.query.ProposalView;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.problem.RuleViolation;
import nl.hamerslag.platform.projection.AsOf;
import nl.hamerslag.platform.projection.PointInTime;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/proposals")
@Tag(name = "Voorstellen", description = "Opstellen, herzien, doorsturen en terugtrekken van voorstellen; zoeken")
public class ProposalController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final CommandGateway commands;
    private final ProposalQueries queries;
    private final ProposalAccess access;
    private final ProposalPatch patches;
    private final AsOf asOf;
    private final PointInTime pointInTime;

    public ProposalController(CommandGateway commands, ProposalQueries queries, ProposalAccess access,
                              ProposalPatch patches, AsOf asOf, PointInTime pointInTime) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.patches = patches;
        this.asOf = asOf;
        this.pointInTime = pointInTime;
    }

    @PostMapping
    @PreAuthorize("hasRole('AUTHOR')")
    @Operation(summary = "Voorstel opstellen",
            description = "Start een nieuw voorstel als steller (rol AUTHOR). Met een Idempotency-Key levert een herhaling hetzelfde antwoord.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location wijst naar het voorstel, ETag is de revisie")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer of een te lang veld; het detail noemt het veld en de limiet")
    @ApiResponse(responseCode = "403", description = "Alleen een steller mag een voorstel opstellen")
    public ResponseEntity<ProposalResponse> draft(@Valid @RequestBody DraftProposalRequest request,
                                                  @Parameter(description = "Maakt een herhaalde POST veilig")
                                                  @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                                  Caller caller) {
        requireKnownRelated(request, caller, null);
        ProposalId id = ProposalId.newId();
        commands.sendAndWait(new DraftProposal(id, request.content(), caller.actingAs(Role.AUTHOR)));
        ProposalView view = access.visible(id.value(), caller);
        return ResponseEntity.created(URI.create("/api/proposals/" + id)).eTag(etag(view)).body(full(view, caller));
    }

    @GetMapping
    @Operation(summary = "Voorstellen zoeken",
            description = "Zoekt alleen in de voorstellen die u mag zien (dezelfde regel als bij het opvragen van één voorstel): eigen voorstellen (mine=true), op status, soort, afdeling, "
                    + "portefeuillehouder, gremium en tekst in titel en samenvatting; gepagineerd en gesorteerd. Elk "
                    + "resultaat noemt in 'actions' wat u er nu mee mag doen.")
    @ApiResponse(responseCode = "200", description = "Eén pagina resultaten")
    @ApiResponse(responseCode = "400", description = "Ongeldige filter, pagina of sortering")
    public ProposalSearchResult search(
            @Parameter(description = "Alleen mijn eigen voorstellen") @RequestParam(defaultValue = "false") boolean mine,
            @Parameter(description = "Status") @RequestParam(required = false) ProposalStatus status,
            @Parameter(description = "Soort voorstel") @RequestParam(required = false) ProposalType type,
            @Parameter(description = "Afdeling") @RequestParam(required = false) String department,
            @Parameter(description = "Portefeuillehouder") @RequestParam(required = false) String portfolioHolder,
            @Parameter(description = "Gremium dat besluit (of het volgende gremium)") @RequestParam(required = false) DecidingBody decidingBody,
            @Parameter(description = "Zoektekst in titel en samenvatting") @RequestParam(required = false) String q,
            @Parameter(description = "Paginanummer, vanaf 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Paginagrootte, 1 tot 100") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "Sortering: veld,richting; velden " + "updatedAt, createdAt, title, status, type, "
                    + "wishedMeetingDate; richting asc of desc") @RequestParam(defaultValue = "updatedAt,desc") String sort,
            Caller caller) {
        if (page < 0 || size < 1 || size > 100) {
            throw new InvalidQuery("page must be 0 or more and size between 1 and 100.");
        }
        String[] sortParts = sort.split(",", -1);
        String direction = sortParts.length > 1 ? sortParts[1].strip().toLowerCase(java.util.Locale.ROOT) : "asc";
        if (!ProposalQueries.SORTABLE.containsKey(sortParts[0].strip()) || sortParts.length > 2
                || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new InvalidQuery("sort must be field,direction with field one of "
                    + ProposalQueries.SORTABLE.keySet().stream().sorted().toList() + " and direction asc or desc.");
        }
        if (q != null && q.length() > 200) {
            throw new InvalidQuery("q: at most 200 characters.");
        }
        ProposalPage found = queries.search(new ProposalSearch(mine, status, type, department, portfolioHolder,
                decidingBody, q, page, size, sortParts[0].strip(), direction.equals("asc")), caller);
        return new ProposalSearchResult(found.items().stream()
                .map(view -> new ProposalResponse(view, null, ProposalActions.of(view, caller))).toList(),
                found.page(), found.size(), found.totalItems());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Voorstel opvragen",
            description = "De actuele stand van een voorstel, met zijn status, bijlagen en wat u ermee mag doen. De ETag "
                    + "is de revisie; stuur die als If-Match mee bij herzien. Een voorstel dat u niet mag zien bestaat voor u niet (404).")
    @ApiResponse(responseCode = "200", description = "Het voorstel (met asOf: zoals het toen was, zonder ETag)")
    @ApiResponse(responseCode = "400", description = "asOf is geen ISO-8601-tijdstip of ligt in de toekomst")
    @ApiResponse(responseCode = "404", description = "Geen voorstel met dit id, of u mag het niet zien (nu of op asOf), "
            + "of het bestond op asOf nog niet")
    public ResponseEntity<ProposalResponse> get(@PathVariable UUID id,
                                                @Parameter(description = AsOf.DESCRIPTION)
                                                @RequestParam(name = AsOf.PARAMETER, required = false) String asOf,
                                                Caller caller) {
        Optional<Instant> at = this.asOf.parse(asOf);
        ProposalView view = access.visible(id, caller);
        if (at.isPresent()) {
            // seen now and then; no ETag, because If-Match takes the current revision only
            return ResponseEntity.ok().body(pointInTime.asOf(at.get(), List.of(ProposalProjection.NAME),
                    () -> full(access.visible(id, caller), caller)));
        }
        return ResponseEntity.ok().eTag(etag(view)).body(full(view, caller));
    }

    @PatchMapping(path = "/{id}", consumes = {MERGE_PATCH, "application/json"})
    @Operation(summary = "Voorstel herzien",
            description = "Wijzigt velden van een voorstel in concept (DRAFT) of teruggestuurd (RETURNED), als JSON merge "
                    + "patch: genoemde velden krijgen de nieuwe waarde, null maakt een optioneel veld leeg, andere velden "
                    + "blijven. Elke herziening is een gebeurtenis die zegt wat er veranderde. Stuur de ETag van de GET als "
                    + "If-Match mee om geen wijziging van een ander te overschrijven.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = DraftProposalRequest.class)),
                    @Content(mediaType = "application/json", schema = @Schema(implementation = DraftProposalRequest.class))}))
    @ApiResponse(responseCode = "200", description = "Herzien; de nieuwe ETag staat in de header")
    @ApiResponse(responseCode = "400", description = "Onbekend veld, ongeldige waarde of te lang; het detail noemt het veld en de limiet")
    @ApiResponse(responseCode = "403", description = "U mag het voorstel zien, maar bent niet de steller")
    @ApiResponse(responseCode = "404", description = "Geen voorstel met dit id, of u mag het niet zien")
    @ApiResponse(responseCode = "409", description = "Het voorstel is doorgestuurd; eerst moet het worden teruggestuurd")
    @ApiResponse(responseCode = "412", description = "If-Match is verouderd: het voorstel is intussen gewijzigd")
    public ResponseEntity<ProposalResponse> revise(@PathVariable UUID id, @RequestBody JsonNode patch,
                                                   @Parameter(description = "ETag van de laatst gelezen stand")
                                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                   Caller caller) {
        ProposalView current = access.visible(id, caller);
        Caller author = access.asAuthor(current, caller);
        Long expected = expectedRevision(ifMatch, current);
        DraftProposalRequest revised = patches.apply(current, patch);
        requireKnownRelated(revised, caller, id);
        commands.sendAndWait(new ReviseProposal(new ProposalId(id), revised.content(), expected, author));
        ProposalView view = access.visible(id, caller);
        return ResponseEntity.ok().eTag(etag(view)).body(full(view, caller));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Voorstel doorsturen",
            description = "Stuurt het voorstel de accorderingsroute in en bevriest deze versie: ProposalSubmitted draagt het "
                    + "manifest (hash van de velden en van elke bijlage). Vereist een hoofddocument. Alleen de steller zelf; "
                    + "ook opnieuw na terugsturen.")
    @ApiResponse(responseCode = "200", description = "Doorgestuurd")
    @ApiResponse(responseCode = "403", description = "U mag het voorstel zien, maar bent niet de steller")
    @ApiResponse(responseCode = "404", description = "Geen voorstel met dit id, of u mag het niet zien")
    @ApiResponse(responseCode = "409", description = "Het voorstel is niet in concept of teruggestuurd, of heeft geen hoofddocument")
    public ResponseEntity<ProposalResponse> submit(@PathVariable UUID id, Caller caller) {
        Caller author = access.asAuthor(access.visible(id, caller), caller);
        commands.sendAndWait(new SubmitProposal(new ProposalId(id), author));
        ProposalView view = access.visible(id, caller);
        return ResponseEntity.ok().eTag(etag(view)).body(full(view, caller));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Voorstel terugtrekken",
            description = "Trekt het voorstel terug, met reden, op elk moment vóór een besluit. Door de steller of een "
                    + "leidinggevende (MANAGER) van de afdeling van het voorstel. Open routes en agendapunten vervallen "
                    + "(ProposalWithdrawn op Kafka).")
    @ApiResponse(responseCode = "200", description = "Teruggetrokken")
    @ApiResponse(responseCode = "400", description = "Geen reden opgegeven, of langer dan " + ProposalLimits.REASON + " tekens")
    @ApiResponse(responseCode = "403", description = "U mag het voorstel zien, maar bent niet de steller en geen leidinggevende van de afdeling")
    @ApiResponse(responseCode = "404", description = "Geen voorstel met dit id, of u mag het niet zien")
    @ApiResponse(responseCode = "409", description = "Er is al besloten, of het is al teruggetrokken")
    public ResponseEntity<ProposalResponse> withdraw(@PathVariable UUID id, @Valid @RequestBody WithdrawRequest request,
                                                     Caller caller) {
        Caller withdrawer = access.asWithdrawer(access.visible(id, caller), caller);
        commands.sendAndWait(new WithdrawProposal(new ProposalId(id), request.reason(), withdrawer));
        ProposalView view = access.visible(id, caller);
        return ResponseEntity.ok().eTag(etag(view)).body(full(view, caller));
    }

    private ProposalResponse full(ProposalView view, Caller caller) {
        List<AttachmentResponse> attachments = queries.attachments(view.id()).stream()
                .map(a -> AttachmentResponse.of(a, AttachmentController.href(view.id(), a.id()))).toList();
        return new ProposalResponse(view, attachments, ProposalActions.of(view, caller));
    }

    private void requireKnownRelated(DraftProposalRequest request, Caller caller, UUID self) {
        UUID related = request.relatedProposal();
        if (related == null) {
            return;
        }
        if (related.equals(self) || queries.byId(related).filter(v -> queries.audience(v).admits(caller)).isEmpty()) {
            throw new InvalidQuery("relatedProposal: there is no other proposal " + related + ".");
        }
    }

    static String etag(ProposalView view) {
        return "\"" + view.revision() + "\"";
    }

    /** The revision in If-Match; any tag that is not a revision of this proposal is stale. */
    private static Long expectedRevision(String ifMatch, ProposalView current) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return null;
        }
        for (String tag : ifMatch.split(",")) {
            String value = tag.strip();
            if (value.matches("\"\\d{1,18}\"")) {
                long revision = Long.parseLong(value.substring(1, value.length() - 1));
                if (revision == current.revision()) {
                    return revision;
                }
            }
        }
        throw new StaleTag(current);
    }

    /** A query parameter or a body field refers to something that is not there or is malformed. */
    static final class InvalidQuery extends RuleViolation {
        InvalidQuery(String message) {
            super(Kind.INVALID, message);
        }
    }

    /** If-Match names no current revision. */
    static final class StaleTag extends RuleViolation {
        StaleTag(ProposalView current) {
            super(Kind.STALE, "Proposal " + current.id() + " changed since you read it (it is at revision "
                    + current.revision() + "); GET it again and reapply your change.");
        }
    }
}
