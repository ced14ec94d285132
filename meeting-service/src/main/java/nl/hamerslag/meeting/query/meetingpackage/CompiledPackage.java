package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.meeting.PackageDocument;
import nl.hamerslag.contracts.meeting.PackageVariant;

import java.util.List;

/** One variant of one package version, built: the PDF, its manifest, and their hashes. */
public record CompiledPackage(PackageVariant variant, int version, byte[] pdf, ContentHash pdfSha256, byte[] manifest,
                              ContentHash manifestSha256, PackageManifest content) {

    public int pageCount() {
        return content.pageCount();
    }

    /** The documents as the published language names them. */
    public List<PackageDocument> documents() {
        return content.documents().stream().map(d -> new PackageDocument(d.itemNumber(), d.agendaItemId(), d.name(),
                d.mediaType(), d.size(), ContentHash.of(d.sha256()), d.mergedIntoPdf())).toList();
    }
}
