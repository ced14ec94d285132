package nl.hamerslag.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import nl.hamerslag.identity.CorrelationId;
import nl.hamerslag.platform.identity.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@Validated
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "Audit", description = "Voor de accountant/auditor (rol AUDITOR, alleen lezen, ziet alles): elke gebeurtenis "
        + "van deze dienst zoals opgeslagen, per stroom en per dossier (voorstel), met wie wat wanneer deed, en het bewijs "
        + "dat er niets is gewijzigd, verwijderd, ingevoegd of verschoven: ondertekende boomkoppen (Merkle-boom, RFC 9162), "
        + "inclusie- en consistentiebewijzen. Elke blik van een auditor op een stroom of dossier wordt zelf vastgelegd.")
public class AuditController {

    private static final int MAX_HEADS = 1000;

    private final AuditTrail trail;
    private final AuditLogStore store;
    private final Proofs proofs;
    private final AuditorLooks looks;
    private final String keyId;
    private final String publicKey;

    public AuditController(AuditTrail trail, AuditLogStore store, Proofs proofs, AuditorLooks looks, String keyId,
                           String publicKey) {
        this.trail = trail;
        this.store = store;
        this.proofs = proofs;
        this.looks = looks;
        this.keyId = keyId;
        this.publicKey = publicKey;
    }

    /** The heads asked for, with the key they are to be checked with. */
    public record TreeHeads(String keyId, String publicKey, List<SignedTreeHead> heads) {
    }

    @GetMapping("/streams/{aggregateId}")
    @Operation(summary = "Eén stroom (aggregaat) met al zijn gebeurtenissen",
            description = "Elke gebeurtenis zoals opgeslagen: type, inhoud (JSON), volgnummer, tijd, wie (en in welke rol), "
                    + "correlatie- en oorzaak-id, de hash in de keten, de vorige hash en het blad in de Merkle-boom. "
                    + "Elke blik die iets liet zien, wordt vastgelegd als gebeurtenis AuditorLookedAt.")
    @ApiResponse(responseCode = "200", description = "De stroom")
    @ApiResponse(responseCode = "403", description = "Alleen de rol AUDITOR")
    @ApiResponse(responseCode = "404", description = "Deze dienst kent geen stroom met dit id")
    AuditedStream stream(@Parameter(description = "Id van het aggregaat (bijv. het voorstel-id of een route-id)")
                         @PathVariable @Size(max = 255) String aggregateId, Caller caller,
                         @RequestHeader(value = CorrelationId.HEADER, required = false) String correlation) {
        AuditedStream stream = trail.stream(aggregateId).orElseThrow(() -> new NothingToAudit("this service holds no "
                + "stream " + aggregateId + "; a dossier (GET /audit/dossiers/{proposalId}) names the streams of a proposal"));
        // a look that found nothing showed nothing: only what was shown is recorded
        looks.record(caller, "STREAM", aggregateId, correlation);
        return stream;
    }

    @GetMapping("/dossiers/{proposalId}")
    @Operation(summary = "Het dossier van een voorstel in deze dienst",
            description = "Alle stromen van deze dienst die bij het voorstel horen: de stroom van het voorstel zelf en elke "
                    + "stroom waarvan een gebeurtenis het voorstel noemt (route, agendapunt, opvolgpunt). Nieuwe "
                    + "gebeurtenissen verschijnen hier zodra ze in de boom zijn opgenomen (binnen een seconde). Deze blik "
                    + "wordt vastgelegd.")
    @ApiResponse(responseCode = "200", description = "Het dossier")
    @ApiResponse(responseCode = "400", description = "Het voorstel-id is geen UUID")
    @ApiResponse(responseCode = "403", description = "Alleen de rol AUDITOR")
    @ApiResponse(responseCode = "404", description = "Deze dienst kent dit voorstel niet")
    AuditedDossier dossier(@Parameter(description = "Id van het voorstel") @PathVariable UUID proposalId, Caller caller,
                           @RequestHeader(value = CorrelationId.HEADER, required = false) String correlation) {
        AuditedDossier dossier = trail.dossier(proposalId).orElseThrow(() -> unknownDossier(proposalId));
        looks.record(caller, "DOSSIER", proposalId.toString(), correlation);
        return dossier;
    }

    @GetMapping("/dossiers/{proposalId}/verify")
    @Operation(summary = "Controleren dat het dossier onveranderd is",
            description = "Per stroom: intact, of de eerste gebeurtenis die niet klopt en hoe (CHANGED gewijzigd, REMOVED "
                    + "verwijderd, INSERTED ingevoegd, REORDERED verschoven). Daarbij de gecontroleerde boomkoppen: de "
                    + "laatste in de database en de laatste op het Kafka-getuigentopic, elk met geldige handtekening en "
                    + "passend bij de bladeren. Bij de opstel-dienst ook de bijlagen, opnieuw gehasht. Deze blik wordt "
                    + "vastgelegd.")
    @ApiResponse(responseCode = "200", description = "De uitkomst (ook als er iets niet klopt: zie intact)")
    @ApiResponse(responseCode = "400", description = "Het voorstel-id is geen UUID")
    @ApiResponse(responseCode = "403", description = "Alleen de rol AUDITOR")
    @ApiResponse(responseCode = "404", description = "Deze dienst kent dit voorstel niet")
    DossierVerification verify(@Parameter(description = "Id van het voorstel") @PathVariable UUID proposalId,
                               Caller caller,
                               @RequestHeader(value = CorrelationId.HEADER, required = false) String correlation) {
        DossierVerification verification = trail.verify(proposalId, List.of()).orElseThrow(() -> unknownDossier(proposalId));
        looks.record(caller, "VERIFY", proposalId.toString(), correlation);
        return verification;
    }

    /** Every event's inclusion proof in one tree, for a dossier's bundle: one read of the log for all of them. */
    public record DossierProofs(UUID proposalId, long treeSize, String rootHash, SignedTreeHead signedHead,
                                List<Proofs.InclusionProof> proofs) {
    }

    @GetMapping("/dossiers/{proposalId}/proofs")
    @Operation(summary = "Inclusiebewijzen van alle gebeurtenissen van het dossier",
            description = "Voor elke gebeurtenis van het dossier in deze dienst die in de boom van treeSize bladeren zit: "
                    + "het auditpad (RFC 9162, 2.1.3), zoals GET /audit/proofs/inclusion het per blad geeft, maar alle "
                    + "uit één lezing van het log (bij een miljoen gebeurtenissen ongeveer 2 s, hoe groot het dossier "
                    + "ook is). Zonder treeSize de laatste ondertekende kop. Een gebeurtenis die nog niet in die boom "
                    + "zit, krijgt geen bewijs. Deze blik wordt vastgelegd.")
    @ApiResponse(responseCode = "200", description = "De bewijzen, op volgorde van blad")
    @ApiResponse(responseCode = "400", description = "Het voorstel-id is geen UUID, of treeSize ligt buiten de ondertekende boom")
    @ApiResponse(responseCode = "403", description = "Alleen de rol AUDITOR")
    @ApiResponse(responseCode = "404", description = "Deze dienst kent dit voorstel niet, of heeft nog geen ondertekende kop")
    DossierProofs dossierProofs(@Parameter(description = "Id van het voorstel") @PathVariable UUID proposalId,
                                @Parameter(description = "Grootte van de boom (standaard: die van de laatste ondertekende kop)")
                                @RequestParam(required = false) Long treeSize, Caller caller,
                                @RequestHeader(value = CorrelationId.HEADER, required = false) String correlation) {
        long size = treeSize != null ? treeSize : proofs.signedSize();
        if (treeSize == null && size == 0) {
            throw new NothingToAudit("no tree head is signed yet: the first is signed within a second of the first event");
        }
        List<AuditLeaf> leaves = trail.leavesOf(proposalId).orElseThrow(() -> unknownDossier(proposalId));
        Proofs.InclusionProofs inclusions = proofs.inclusions(leaves, size);
        looks.record(caller, "PROOFS", proposalId.toString(), correlation);
        return new DossierProofs(proposalId, inclusions.treeSize(), inclusions.rootHash(), inclusions.signedHead(),
                inclusions.proofs());
    }

    @GetMapping("/tree-heads")
    @Operation(summary = "Ondertekende boomkoppen",
            description = "Zonder parameters de laatste; met from en to (ISO-8601 tijdstippen) alle koppen die in die periode "
                    + "zijn ondertekend, oudste eerst, ten hoogste " + MAX_HEADS + ". Elke kop: boomgrootte, wortelhash "
                    + "(SHA-256), tijd en Ed25519-handtekening van deze dienst; de publieke sleutel staat erbij.")
    @ApiResponse(responseCode = "200", description = "De koppen (leeg als er nog geen gebeurtenis is)")
    @ApiResponse(responseCode = "400", description = "Alleen from of alleen to, of from niet voor to")
    @ApiResponse(responseCode = "403", description = "Alleen de rol AUDITOR")
    TreeHeads treeHeads(@Parameter(description = "Begin van de periode (inclusief)") @RequestParam(required = false) Instant from,
                        @Parameter(description = "Einde van de periode (exclusief)") @RequestParam(required = false) Instant to) {
        if (from == null && to == null) {
            return new TreeHeads(keyId, publicKey, store.latestHead().stream().toList());
        }
        if (from == null || to == null || !from.isBefore(to)) {
            throw new AuditRequestInvalid("give both from and to, from before to (ISO-8601, e.g. 2026-01-05T00:00:00Z), "
                    + "or neither for the latest head");
        }
        return new TreeHeads(keyId, publicKey, store.headsBetween(from, to, MAX_HEADS));
    }

    @GetMapping("/proofs/inclusion")
    @Operation(summary = "Inclusiebewijs van een blad",
            description = "Het auditpad (RFC 9162, 2.1.3) van blad leaf in de boom van treeSize bladeren, met de wortel en, "
                    + "als die er is, de ondertekende kop van precies die grootte.")
    @ApiResponse(responseCode = "200", description = "Het bewijs")
    @ApiResponse(responseCode = "400", description = "leaf of treeSize buiten de ondertekende boom")
    @ApiResponse(responseCode = "403", description = "Alleen de rol AUDITOR")
    Proofs.InclusionProof inclusion(@Parameter(description = "Index van het blad (0 is het eerste)") @RequestParam long leaf,
                                    @Parameter(description = "Grootte van de boom") @RequestParam long treeSize) {
        return proofs.inclusion(leaf, treeSize);
    }

    @GetMapping("/proofs/consistency")
    @Operation(summary = "Consistentiebewijs tussen twee boomgroottes",
            description = "Het bewijs (RFC 9162, 2.1.4) dat de boom van first bladeren het begin is van de boom van second "
                    + "bladeren: er is sindsdien alleen toegevoegd.")
    @ApiResponse(responseCode = "200", description = "Het bewijs")
    @ApiResponse(responseCode = "400", description = "first of second buiten de ondertekende boom, of first groter dan second")
    @ApiResponse(responseCode = "403", description = "Alleen de rol AUDITOR")
    Proofs.ConsistencyProof consistency(@Parameter(description = "De kleinere boomgrootte") @RequestParam long first,
                                        @Parameter(description = "De grotere boomgrootte") @RequestParam long second) {
        return proofs.consistency(first, second);
    }

    private static NothingToAudit unknownDossier(UUID proposalId) {
        return new NothingToAudit("this service knows no event of proposal " + proposalId);
    }
}
