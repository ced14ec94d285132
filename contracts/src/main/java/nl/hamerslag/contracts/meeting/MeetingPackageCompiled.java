package nl.hamerslag.contracts.meeting;

import nl.hamerslag.contracts.ContentHash;

import java.util.List;

/**
 * Vergaderstukken samengevoegd: version {@code version} of a variant of the meeting package. A
 * later version (an addendum) never replaces an earlier one; every version stays downloadable.
 *
 * @param pdfSha256      SHA-256 of the package PDF
 * @param manifestSha256 SHA-256 of the JSON manifest
 */
public record MeetingPackageCompiled(String meetingId, int version, PackageVariant variant, ContentHash pdfSha256,
                                     ContentHash manifestSha256, int pageCount, List<PackageDocument> documents)
        implements MeetingEvent {

    public MeetingPackageCompiled {
        documents = List.copyOf(documents);
    }
}
