package nl.hamerslag.drafting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.drafting.command.refusal.NoSuchAttachment;
import nl.hamerslag.drafting.content.ContentStore;
import nl.hamerslag.drafting.query.AttachmentView;
import nl.hamerslag.drafting.query.ProposalQueries;
import nl.hamerslag.drafting.query.VersionView;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.problem.RuleViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/proposals/{id}/versions")
@Tag(name = "Versies", description = "Elke doorgestuurde versie van een voorstel: het manifest met de hash van de velden "
        + "en van elke bijlage, en de bijlagen zoals ze toen waren.")
public class VersionController {

    private final ProposalAccess access;
    private final ProposalQueries queries;
    private final ContentStore store;

    public VersionController(ProposalAccess access, ProposalQueries queries, ContentStore store) {
        this.access = access;
        this.queries = queries;
        this.store = store;
    }

    @GetMapping
    @Operation(summary = "Versiegeschiedenis", description = "Elk doorgestuurd manifest, oudste eerst, genummerd vanaf 1.")
    @ApiResponse(responseCode = "404", description = "Geen voorstel met dit id, of u mag het niet zien")
    public List<VersionResponse> versions(@PathVariable UUID id, Caller caller) {
        access.visible(id, caller);
        return queries.versions(id).stream().map(v -> VersionResponse.of(id, v)).toList();
    }

    @GetMapping("/{version}")
    @Operation(summary = "Eén versie", description = "Het manifest van één doorgestuurde versie met de bijlagen van toen.")
    @ApiResponse(responseCode = "404", description = "Geen voorstel of versie met dit nummer of deze hash, of u mag het voorstel niet zien")
    public VersionResponse version(@PathVariable UUID id,
                                   @Parameter(description = "Volgnummer (1, 2, …) of de versie-hash") @PathVariable String version,
                                   Caller caller) {
        access.visible(id, caller);
        return VersionResponse.of(id, find(id, version));
    }

    @GetMapping("/{version}/attachments/{attachmentId}")
    @Operation(summary = "Bijlage van een versie downloaden",
            description = "De inhoud van een bijlage precies zoals die in deze versie is doorgestuurd; ETag is de SHA-256.")
    @ApiResponse(responseCode = "200", description = "De inhoud")
    @ApiResponse(responseCode = "404", description = "Geen voorstel, versie of bijlage met dit id, of u mag het voorstel niet zien")
    public ResponseEntity<StreamingResponseBody> download(
            @PathVariable UUID id, @PathVariable String version, @PathVariable String attachmentId,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            Caller caller) {
        access.visible(id, caller);
        AttachmentView attachment = find(id, version).attachments().stream()
                .filter(a -> a.id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new NoSuchAttachment(new ProposalId(id), attachmentId));
        return AttachmentController.content(attachment, ifNoneMatch, store);
    }

    private VersionView find(UUID id, String version) {
        return queries.version(id, version).orElseThrow(() -> new NoSuchVersion(id, version));
    }

    /** Een doorgestuurde versie met download-links. */
    record VersionResponse(int number, String version, String fieldsHash, String title, String submittedBy,
                           java.time.Instant submittedAt, List<AttachmentResponse> attachments) {
        static VersionResponse of(UUID id, VersionView v) {
            return new VersionResponse(v.number(), v.version(), v.fieldsHash(), v.title(), v.submittedBy(),
                    v.submittedAt(), v.attachments().stream().map(a -> AttachmentResponse.of(a,
                    "/api/proposals/" + id + "/versions/" + v.number() + "/attachments/" + a.id())).toList());
        }
    }

    /** No such submitted version. */
    static final class NoSuchVersion extends RuleViolation {
        NoSuchVersion(UUID id, String version) {
            super(Kind.NOT_FOUND, "Proposal " + id + " has no submitted version " + version + ".");
        }
    }
}
