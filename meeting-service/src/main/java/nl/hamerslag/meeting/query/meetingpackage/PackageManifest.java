package nl.hamerslag.meeting.query.meetingpackage;

import java.time.LocalDate;
import java.time.LocalTime;
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
