package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.PackageVariant;
import nl.hamerslag.meeting.query.pdf.PdfMeetingHeader;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON manifest of one variant of one package version: what the PDF holds and every document's
 * SHA-256, whether it was merged into the PDF (and on which pages) or only listed, and which
 * documents are new since the version before (the addendum).
 *
 * @param previousVersion the version this one follows, or null for the first
 * @param addendum        the SHA-256 of every document that the previous version of this variant did not have
 */
public record PackageManifest(String meetingId, int version, String variant, String body, String bodyName,
                              LocalDate date, LocalTime startsAt, String place, Integer previousVersion,
                              String pdfSha256, int pageCount, int agendaPages, List<Item> items,
                              List<Document> documents, List<String> addendum) {

    public PackageManifest {
        items = items == null ? List.of() : List.copyOf(items);
        documents = documents == null ? List.of() : List.copyOf(documents);
        addendum = addendum == null ? List.of() : List.copyOf(addendum);
    }

    /** The manifest of a package as built: its items as shown, and every document shown, merged or listed. */
    static PackageManifest of(PackageOrder order, List<PackageItem> shown, List<Integer> itemPages, int agendaPages,
                              ContentHash pdfSha256, int pageCount) {
        List<Item> items = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        List<String> addendum = new ArrayList<>();
        boolean internal = order.variant() == PackageVariant.INTERNAL;
        for (int i = 0; i < shown.size(); i++) {
            PackageItem item = shown.get(i);
            AgendaEntry e = item.entry();
            items.add(new Item(e.number(), e.agendaItemId(), e.title(), e.itemType() == null ? null : e.itemType().name(),
                    e.confidential(), internal && e.confidentiality() != null ? e.confidentiality().zgwName() : null,
                    item.documentsShown(), itemPages.get(i) + 1));
            for (PackagePart p : item.parts()) {
                Manifest.Entry d = p.document;
                documents.add(new Document(e.number(), e.agendaItemId(), d.name(), d.mediaType(), d.size(),
                        d.sha256().value(), p.merged(), p.merged() ? p.firstPage : null, p.pages(), p.note, p.isNew));
                if (p.isNew) {
                    addendum.add(d.sha256().value());
                }
            }
        }
        PdfMeetingHeader m = order.meeting();
        return new PackageManifest(m.meetingId(), order.version(), order.variant().name(),
                m.body() == null ? null : m.body().name(), m.bodyName(), m.date(), m.startsAt(), m.place(),
                order.previous() == null ? null : order.previous().version(), pdfSha256.value(), pageCount, agendaPages,
                items, documents, addendum);
    }

    /**
     * An agenda item as this variant shows it.
     *
     * @param itemType        HAMMER_ITEM (A, hamerstuk) or DEBATE_ITEM (B, bespreekstuk); null for a standing item
     * @param documentsShown  false when the proposal's documents are not public (public variant only)
     * @param confidentiality the proposal's ZGW confidentiality; null in the public variant and for standing items
     */
    public record Item(int number, String agendaItemId, String title, String itemType, boolean confidential,
                       String confidentiality, boolean documentsShown, int page) {
    }

    /**
     * One document of the package.
     *
     * @param firstPage 1-based first page in the package PDF when merged; null when only listed
     * @param pages     number of pages merged; 0 when only listed
     * @param note      why a PDF was listed rather than merged; null otherwise
     */
    public record Document(int itemNumber, String agendaItemId, String name, String mediaType, long size,
                           String sha256, boolean mergedIntoPdf, Integer firstPage, int pages, String note,
                           boolean newSincePreviousVersion) {
    }
}
