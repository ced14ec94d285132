package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.meeting.PackageDocument;
import nl.hamerslag.contracts.meeting.PackageVariant;

import java.util.List;

/** One variant of a package version as it was built and stored: what MeetingPackageCompiled will say. */
public record CompiledVariant(PackageVariant variant, ContentHash pdfSha256, ContentHash manifestSha256, int pageCount,
                              List<PackageDocument> documents) {

    public CompiledVariant {
        documents = List.copyOf(documents);
    }
}
