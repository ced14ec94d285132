package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.meeting.query.decisionlistpdf.DecisionListPdfEntries;
import nl.hamerslag.meeting.query.meetingpackage.PackageMeeting;
import nl.hamerslag.meeting.query.meetingpackage.StoredPackageFile;
import nl.hamerslag.platform.identity.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Besluitenlijst", description = "De besluitenlijst van een vergadering.")
public class DecisionListPdfController {

    private final PackageAccess access;
    private final DecisionListPdfEntries decisions;

    public DecisionListPdfController(PackageAccess access, DecisionListPdfEntries decisions) {
        this.access = access;
        this.decisions = decisions;
    }

    @GetMapping("/api/meetings/{id}/decision-list.pdf")
    @Operation(summary = "Besluitenlijst (PDF)",
            description = "Per besluit het agendapunt, de uitkomst (conform, gewijzigd, aangehouden, verworpen, teruggetrokken) "
                    + "en de besluittekst, in agendavolgorde. De kring van het gremium ziet elk besluit; anderen alleen besluiten "
                    + "over openbare voorstellen in agendapunten die niet besloten zijn. ETag is de SHA-256.")
    @ApiResponse(responseCode = "200", description = "De PDF")
    @ApiResponse(responseCode = "304", description = "Ongewijzigd ten opzichte van If-None-Match")
    @ApiResponse(responseCode = "404", description = "Geen vergadering met dit id")
    public ResponseEntity<byte[]> decisionList(@PathVariable String id,
                                               @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                                               Caller caller) {
        PackageMeeting meeting = access.meeting(id);
        byte[] pdf = decisions.pdf(meeting, access.mayReadInternal(meeting, caller));
        return PackageFiles.serve(new StoredPackageFile(pdf, ContentHash.sha256(pdf).value()), MediaType.APPLICATION_PDF,
                ifNoneMatch, ContentDisposition.inline().filename("besluitenlijst.pdf").build());
    }
}
