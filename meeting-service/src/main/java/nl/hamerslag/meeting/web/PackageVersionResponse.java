package nl.hamerslag.meeting.web;

import nl.hamerslag.meeting.query.meetingpackage.PackageVersionView;

import java.time.Instant;
import java.util.List;

/** Een versie van de vergaderstukken, met per variant de hashes en de download-links. */
record PackageVersionResponse(int version, Instant compiledAt, String compiledBy, List<VariantResponse> variants) {

    /** Eén variant: INTERNAL (volledig) of PUBLIC (openbaar). */
    record VariantResponse(String variant, String pdfSha256, String manifestSha256, int pageCount, int documents,
                           int newDocuments, String pdf, String manifest) {
    }

    static PackageVersionResponse of(PackageVersionView view, boolean withInternal) {
        String base = "/api/meetings/" + view.meetingId() + "/package/versions/" + view.version() + "/";
        return new PackageVersionResponse(view.version(), view.compiledAt(), view.compiledBy(), view.variants().stream()
                .filter(v -> withInternal || v.variant() != nl.hamerslag.contracts.meeting.PackageVariant.INTERNAL)
                .map(v -> {
                    String name = v.variant().name().toLowerCase(java.util.Locale.ROOT);
                    return new VariantResponse(v.variant().name(), v.pdfSha256(), v.manifestSha256(), v.pageCount(),
                            v.documents(), v.newDocuments(), base + name + ".pdf", base + name + "/manifest.json");
                }).toList());
    }
}
