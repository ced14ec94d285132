package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.meeting.PackageVariant;

import java.time.Instant;
import java.util.List;

/** One stored package version, without its bytes. */
public record PackageVersionView(String meetingId, int version, Instant compiledAt, String compiledBy,
                                 List<Variant> variants) {

    public PackageVersionView {
        variants = List.copyOf(variants);
    }

    /** One variant of the version. */
    public record Variant(PackageVariant variant, String pdfSha256, String manifestSha256, int pageCount, int documents,
                          int newDocuments) {
    }
}
