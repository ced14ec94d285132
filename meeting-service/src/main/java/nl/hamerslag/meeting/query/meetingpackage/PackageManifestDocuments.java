package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.platform.documents.OwnedDocument;
import nl.hamerslag.platform.documents.OwnedDocuments;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The JSON manifests of the package versions meeting compiled, served to other services by hash. */
@Component
class PackageManifestDocuments implements OwnedDocuments {

    private final MeetingPackageStore store;

    PackageManifestDocuments(MeetingPackageStore store) {
        this.store = store;
    }

    @Override
    public Optional<OwnedDocument> find(ContentHash sha256) {
        return store.manifestWithHash(sha256).map(file -> OwnedDocument.of(sha256, MediaType.APPLICATION_JSON_VALUE,
                PackageFileNames.manifest(file.version(), file.variant()), file.content()));
    }
}
