package nl.hamerslag.gateway.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A proposal's audit trail across every service: the gateway asks each service's {@code /audit} for
 * its part with the caller's own token and puts the parts together. Only an auditor (the security
 * configuration refuses every other role before this is reached).
 */
@RestController
@RequestMapping("/api/audit/dossiers/{proposalId}")
@Tag(name = "Audit over alle diensten", description = "Voor de auditor (rol AUDITOR): de hele geschiedenis van een "
        + "voorstel over opstellen, goedkeuren, vergaderen, publiceren en opvolgen heen, en de controle dat niets is "
        + "gewijzigd. De gateway vraagt elke dienst om zijn deel; een dienst die niet (op tijd) antwoordt staat onder "
        + "missing en maakt het geheel nooit 'intact'.")
public class AuditDossierController {

    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ServiceDossiers dossiers;
    private final DossierExport export;

    public AuditDossierController(ServiceDossiers dossiers, DossierExport export) {
        this.dossiers = dossiers;
        this.export = export;
    }

    @GetMapping("/timeline")
    @Operation(summary = "De tijdlijn van een voorstel over alle diensten",
            description = "Elke gebeurtenis van het voorstel in elke dienst, geordend op tijd, dan dienst, dan volgnummer; "
                    + "per gebeurtenis de dienst, het type, de tijd, wie het deed en in welke rol, en de versie (hash) "
                    + "waar een handtekening, besluit of publicatie op slaat. JSON, of met Accept: text/html een pagina "
                    + "met een baan per dienst. Een dienst die niet bereikbaar is of niet binnen de wachttijd "
                    + "(hamerslag.audit.timeout, standaard 3 s) antwoordt, staat onder missing met de reden.")
    @ApiResponse(responseCode = "200", description = "De tijdlijn (onvolledig als missing niet leeg is)")
    @ApiResponse(responseCode = "400", description = "Het voorstel-id is geen UUID")
    @ApiResponse(responseCode = "401", description = "Geen geldig token")
    @ApiResponse(responseCode = "403", description = "Alleen de rol AUDITOR")
    @ApiResponse(responseCode = "404", description = "Geen enkele dienst kent dit voorstel (of geen enkele antwoordde)")
    Mono<ResponseEntity<?>> timeline(@Parameter(description = "Id van het voorstel") @PathVariable UUID proposalId,
                                     @RequestHeader HttpHeaders headers, ServerWebExchange exchange) {
        return timeline(proposalId, exchange).map(timeline -> wantsHtml(headers)
                ? ResponseEntity.ok().contentType(HTML_UTF8).body(TimelinePage.render(timeline))
                : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(timeline));
    }

    @GetMapping(value = "/timeline.html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "De tijdlijn als pagina",
            description = "Dezelfde tijdlijn als HTML: een tabel met een kolom (baan) per dienst en een rij per gebeurtenis: "
                    + "wie deed wat wanneer, en over welke versie. Ontbrekende delen staan bovenaan met de reden.")
    @ApiResponse(responseCode = "200", description = "De pagina")
    @ApiResponse(responseCode = "403", description = "Alleen de rol AUDITOR")
    @ApiResponse(responseCode = "404", description = "Geen enkele dienst kent dit voorstel")
    Mono<ResponseEntity<String>> timelinePage(@Parameter(description = "Id van het voorstel") @PathVariable UUID proposalId,
                                              ServerWebExchange exchange) {
        return timeline(proposalId, exchange)
                .map(timeline -> ResponseEntity.ok().contentType(HTML_UTF8).body(TimelinePage.render(timeline)));
    }

    @GetMapping(value = "/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Controleren dat het dossier in elke dienst onveranderd is",
            description = "Vraagt elke dienst zijn controle (GET /audit/dossiers/{id}/verify): per dienst en per stroom "
                    + "intact, of de eerste gebeurtenis die niet klopt (CHANGED, REMOVED, INSERTED, REORDERED), en of de "
                    + "ondertekende boomkoppen kloppen. intact is alleen waar als elke dienst die antwoordt intact zegt "
                    + "en er geen deel ontbreekt; een dienst die het voorstel niet kent staat onder notInvolved. Elke "
                    + "dienst leest daarvoor zijn hele log (alle bladeren van de boom), dus de gateway wacht hier langer "
                    + "op een dienst (hamerslag.audit.whole-log-timeout, standaard 30 s; bij een miljoen gebeurtenissen "
                    + "duurt het lezen ongeveer 2 s).")
    @ApiResponse(responseCode = "200", description = "De uitkomst (ook als iets niet klopt: zie intact)")
    @ApiResponse(responseCode = "400", description = "Het voorstel-id is geen UUID")
    @ApiResponse(responseCode = "403", description = "Alleen de rol AUDITOR")
    @ApiResponse(responseCode = "404", description = "Geen enkele dienst kent dit voorstel (of geen enkele antwoordde)")
    Mono<DossierVerdict> verify(@Parameter(description = "Id van het voorstel") @PathVariable UUID proposalId,
                                ServerWebExchange exchange) {
        return dossiers.ask(proposalId, "/verify", exchange.getRequest().getHeaders())
                .map(answers -> DossierVerdict.of(proposalId, answers));
    }

    @GetMapping(value = "/export", produces = "application/zip")
    @Operation(summary = "Het dossier als bundel, controleerbaar zonder de server te vertrouwen",
            description = "Een zip met de tijdlijn, elke gebeurtenis (één bestand per gebeurtenis, met de opgeslagen "
                    + "kolommen en de opgeslagen bytes van inhoud en metadata, zodat het blad in de Merkle-boom eruit "
                    + "na te rekenen is), de hashes van de documenten, per dienst de laatste ondertekende boomkop met "
                    + "publieke sleutel en een inclusiebewijs per gebeurtenis, tree-heads.json (de gebruikte koppen, om "
                    + "te bewaren), een README en een manifest SHA256SUMS (controleerbaar met sha256sum -c). Met since "
                    + "(per dienst de grootte van een eerder bewaarde kop) ook het consistentiebewijs dat het logboek van "
                    + "die dienst sindsdien alleen is gegroeid. Controleren: ./hamerslag verify bundel.zip "
                    + "[--known-heads tree-heads.json]. Wat niet te krijgen was staat in missing.json.")
    @ApiResponse(responseCode = "200", description = "De bundel (zip)")
    @ApiResponse(responseCode = "400", description = "since is niet van de vorm dienst:grootte, noemt een onbekende dienst "
            + "of een dienst twee keer, of is groter dan de laatste ondertekende boomkop van die dienst")
    @ApiResponse(responseCode = "403", description = "Alleen de rol AUDITOR")
    @ApiResponse(responseCode = "404", description = "Geen enkele dienst kent dit voorstel")
    Mono<ResponseEntity<byte[]>> export(@Parameter(description = "Id van het voorstel") @PathVariable UUID proposalId,
                                        @Parameter(description = "Een eerder bewaarde boomkop als dienst:grootte, "
                                                + "bijv. drafting:40; herhaalbaar, één per dienst")
                                        @RequestParam(name = "since", required = false) List<String> since,
                                        ServerWebExchange exchange) {
        List<EarlierHead> earlier = EarlierHead.parse(since, dossiers.services());
        return export.export(proposalId, earlier, exchange.getRequest().getHeaders())
                .map(zip -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("application/zip"))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dossier-" + proposalId + ".zip\"")
                        .body(zip));
    }

    @ExceptionHandler(ExportRequestInvalid.class)
    ResponseEntity<ProblemDetail> invalidExport(ExportRequestInvalid e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
    }

    @ExceptionHandler(UnknownDossier.class)
    ResponseEntity<ProblemDetail> unknown(UnknownDossier e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    private Mono<Timeline> timeline(UUID proposalId, ServerWebExchange exchange) {
        return dossiers.ask(proposalId, "", exchange.getRequest().getHeaders())
                .map(answers -> TimelineMerge.of(proposalId, answers));
    }

    /** HTML when the caller ranks it above JSON (a browser); JSON otherwise, also for no or {@code *}{@code /*} Accept. */
    private static boolean wantsHtml(HttpHeaders headers) {
        List<MediaType> accepted = headers.getAccept().stream()
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
        for (MediaType type : accepted) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                return false;
            }
            if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
                return true;
            }
        }
        return false;
    }
}
