package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.platform.documents.OwnedDocument;
import nl.hamerslag.platform.documents.OwnedDocuments;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The package PDFs meeting compiled, served to other services by hash (a publication fetches the
 * public one). Drafting's documents that meeting keeps copies of are not meeting's to serve.
 */
@Component
class PackagePdfDocuments implements OwnedDocuments {

    private final MeetingPackageStore store;

    PackagePdfDocuments(MeetingPackageStore store) {
        this.store = store;
    }

    @Override
    public Optional<OwnedDocument> find(ContentHash sha256) {
        return store.pdfWithHash(sha256).map(file -> OwnedDocument.of(sha256, MediaType.APPLICATION_PDF_VALUE,
                PackageFileNames.pdf(file.version(), file.variant()), file.content()));
    }
}
