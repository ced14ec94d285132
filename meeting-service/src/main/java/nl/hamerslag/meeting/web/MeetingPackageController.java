package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.contracts.meeting.PackageVariant;
import nl.hamerslag.meeting.query.meetingpackage.MeetingPackageCompiler;
import nl.hamerslag.meeting.query.meetingpackage.MeetingPackageStore;
import nl.hamerslag.meeting.query.meetingpackage.PackageDocumentUnavailable;
import nl.hamerslag.meeting.query.meetingpackage.PackageMeeting;
import nl.hamerslag.meeting.query.meetingpackage.PackageFileNames;
import nl.hamerslag.meeting.query.meetingpackage.StoredPackageFile;
import nl.hamerslag.platform.identity.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Optional;

@RestController
@RequestMapping("/api/meetings/{id}/package")
@Tag(name = "Vergaderstukken", description = "Samenvoegen: één PDF per vergadering met een gegenereerde agenda, een "
        + "bladwijzer per agendapunt en alle PDF-stukken in agendavolgorde, plus een JSON-manifest met de SHA-256 van elk "
        + "stuk. Elke versie blijft bewaard; een nieuwe versie noemt de stukken die sinds de vorige nieuw zijn (addendum). "
        + "De interne variant is volledig; de openbare laat besloten agendapunten en niet-openbare stukken weg.")
public class MeetingPackageController {

    private static final Logger log = LoggerFactory.getLogger(MeetingPackageController.class);

    private final PackageAccess access;
    private final MeetingPackageCompiler compiler;
    private final MeetingPackageStore store;

    public MeetingPackageController(PackageAccess access, MeetingPackageCompiler compiler, MeetingPackageStore store) {
        this.access = access;
        this.compiler = compiler;
        this.store = store;
    }

    @PostMapping
    @Operation(summary = "Vergaderstukken samenvoegen",
            description = "Maakt een nieuwe versie (1, 2, …) van beide varianten uit de agenda zoals die nu is. Elk stuk wordt "
                    + "bij het opstellen (drafting) opgehaald en op zijn SHA-256 gecontroleerd; klopt er één niet of is er één "
                    + "niet te krijgen, dan wordt er niets bewaard. Voor het college door het bestuurssecretariaat "
                    + "(SECRETARIAT), voor een commissie of de raad door de griffie (CLERK). Een Idempotency-Key maakt "
                    + "een herhaald verzoek veilig.")
    @ApiResponse(responseCode = "201", description = "Samengevoegd; Location is de nieuwe versie")
    @ApiResponse(responseCode = "403", description = "Uw rol stelt de stukken van dit gremium niet samen")
    @ApiResponse(responseCode = "404", description = "Geen vergadering met dit id")
    @ApiResponse(responseCode = "409", description = "De agenda is nog niet gepubliceerd, of er werd tegelijk een versie gemaakt")
    @ApiResponse(responseCode = "422", description = "Een stuk heeft niet de SHA-256 die de agenda noemt; het stuk wordt genoemd")
    @ApiResponse(responseCode = "503", description = "Een stuk is nu niet op te halen; het stuk wordt genoemd, probeer het later")
    public ResponseEntity<PackageVersionResponse> compile(@PathVariable String id, Caller caller) {
        PackageMeeting meeting = access.meeting(id);
        Caller compiling = access.asCompiler(meeting, caller);
        PackageVersionResponse version = PackageVersionResponse.of(compiler.compile(meeting, compiling), true);
        return ResponseEntity.created(URI.create("/api/meetings/" + id + "/package/versions/" + version.version()))
                .body(version);
    }

    @GetMapping("/versions")
    @Operation(summary = "Versies van de vergaderstukken",
            description = "Elke samengevoegde versie, oudste eerst, met per variant de SHA-256 van PDF en manifest, het aantal "
                    + "pagina's en stukken en het aantal nieuwe stukken. De interne variant alleen voor wie haar mag lezen.")
    @ApiResponse(responseCode = "404", description = "Geen vergadering met dit id")
    public List<PackageVersionResponse> versions(@PathVariable String id, Caller caller) {
        PackageMeeting meeting = access.meeting(id);
        boolean internal = access.mayReadInternal(meeting, caller);
        return store.versions(id).stream().map(v -> PackageVersionResponse.of(v, internal)).toList();
    }

    @GetMapping("/versions/{version}")
    @Operation(summary = "Eén versie van de vergaderstukken", description = "Zoals in de lijst van versies.")
    @ApiResponse(responseCode = "404", description = "Geen vergadering of versie met dit nummer")
    public PackageVersionResponse version(@PathVariable String id,
                                          @Parameter(description = "Versienummer, vanaf 1") @PathVariable int version,
                                          Caller caller) {
        PackageMeeting meeting = access.meeting(id);
        return store.version(id, version).map(v -> PackageVersionResponse.of(v, access.mayReadInternal(meeting, caller)))
                .orElseThrow(() -> new PackageVersionNotFound(id, version));
    }

    @GetMapping("/versions/{version}/internal.pdf")
    @Operation(summary = "Interne vergaderstukken (PDF)",
            description = "De volledige variant. Alleen voor de kring van het gremium: voor het college collegeleden en het "
                    + "bestuurssecretariaat, voor commissie en raad ook griffie en raadsleden; verder de gemeentesecretaris "
                    + "en auditors. Voor anderen bestaat zij niet (404). ETag is de SHA-256.")
    @ApiResponse(responseCode = "200", description = "De PDF")
    @ApiResponse(responseCode = "304", description = "Ongewijzigd ten opzichte van If-None-Match")
    @ApiResponse(responseCode = "404", description = "Geen vergadering of versie, of u mag de interne variant niet lezen")
    public ResponseEntity<byte[]> internalPdf(@PathVariable String id, @PathVariable int version,
                                              @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                                              Caller caller) {
        return pdf(id, version, PackageVariant.INTERNAL, ifNoneMatch, caller);
    }

    @GetMapping("/versions/{version}/public.pdf")
    @Operation(summary = "Openbare vergaderstukken (PDF)",
            description = "Zonder besloten agendapunten en zonder stukken die niet openbaar zijn. Voor iedereen die is "
                    + "ingelogd. ETag is de SHA-256.")
    @ApiResponse(responseCode = "200", description = "De PDF")
    @ApiResponse(responseCode = "304", description = "Ongewijzigd ten opzichte van If-None-Match")
    @ApiResponse(responseCode = "404", description = "Geen vergadering of versie met dit nummer")
    public ResponseEntity<byte[]> publicPdf(@PathVariable String id, @PathVariable int version,
                                            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                                            Caller caller) {
        return pdf(id, version, PackageVariant.PUBLIC, ifNoneMatch, caller);
    }

    @GetMapping("/versions/{version}/internal/manifest.json")
    @Operation(summary = "Manifest van de interne vergaderstukken",
            description = "Elk stuk met agendapunt, naam, mediatype, grootte en SHA-256, samengevoegd of alleen vermeld, en "
                    + "welke stukken nieuw zijn sinds de vorige versie. Wie het mag lezen als bij de interne PDF. ETag is de SHA-256.")
    @ApiResponse(responseCode = "200", description = "Het manifest")
    @ApiResponse(responseCode = "404", description = "Geen vergadering of versie, of u mag de interne variant niet lezen")
    public ResponseEntity<byte[]> internalManifest(@PathVariable String id, @PathVariable int version,
                                                   @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                                                   Caller caller) {
        return manifest(id, version, PackageVariant.INTERNAL, ifNoneMatch, caller);
    }

    @GetMapping("/versions/{version}/public/manifest.json")
    @Operation(summary = "Manifest van de openbare vergaderstukken",
            description = "Als het interne manifest, zonder besloten agendapunten en niet-openbare stukken. ETag is de SHA-256.")
    @ApiResponse(responseCode = "200", description = "Het manifest")
    @ApiResponse(responseCode = "404", description = "Geen vergadering of versie met dit nummer")
    public ResponseEntity<byte[]> publicManifest(@PathVariable String id, @PathVariable int version,
                                                 @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                                                 Caller caller) {
        return manifest(id, version, PackageVariant.PUBLIC, ifNoneMatch, caller);
    }

    /** A document the owner cannot give now: a 503 that names it, without a stack trace (it is expected). */
    @ExceptionHandler(PackageDocumentUnavailable.class)
    public ResponseEntity<ProblemDetail> documentUnavailable(PackageDocumentUnavailable e) {
        log.warn("{} Cause: {}", e.getMessage(), e.getCause() == null ? "-" : e.getCause().getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Package document unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").body(problem);
    }

    private ResponseEntity<byte[]> pdf(String id, int version, PackageVariant variant, String ifNoneMatch, Caller caller) {
        StoredPackageFile file = readable(id, version, variant, caller, store.pdf(id, version, variant));
        return PackageFiles.serve(file, MediaType.APPLICATION_PDF, ifNoneMatch, ContentDisposition.inline()
                .filename(PackageFileNames.pdf(version, variant)).build());
    }

    private ResponseEntity<byte[]> manifest(String id, int version, PackageVariant variant, String ifNoneMatch,
                                            Caller caller) {
        StoredPackageFile file = readable(id, version, variant, caller, store.manifest(id, version, variant));
        return PackageFiles.serve(file, MediaType.APPLICATION_JSON, ifNoneMatch, null);
    }

    private StoredPackageFile readable(String id, int version, PackageVariant variant, Caller caller,
                                       Optional<StoredPackageFile> file) {
        PackageMeeting meeting = access.meeting(id);
        if (variant == PackageVariant.INTERNAL && !access.mayReadInternal(meeting, caller)) {
            throw new PackageVersionNotFound(id, version);
        }
        return file.orElseThrow(() -> new PackageVersionNotFound(id, version));
    }
}
