package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.PackageVariant;
import nl.hamerslag.meeting.query.pdf.PdfMeetingHeader;
import nl.hamerslag.meeting.query.pdf.PdfStyle;
import nl.hamerslag.meeting.query.pdf.PdfTextPages;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated agenda pages at the front of a package: the meeting, the version and variant, the
 * addendum, and every item with its type and per document its name, hash and where it is merged.
 * The page numbers they print depend on how many agenda pages there are, so they are laid out until
 * that number is stable.
 */
final class PackageAgendaPages {

    private static final int MAX_LAYOUT_PASSES = 5;

    private final PackageOrder order;
    private final List<PackageItem> items;

    PackageAgendaPages(PackageOrder order, List<PackageItem> items) {
        this.order = order;
        this.items = items;
    }

    /** How many pages the agenda takes, with the page numbers that follow from it. */
    int count() {
        int pages = 1;
        for (int pass = 0; pass < MAX_LAYOUT_PASSES; pass++) {
            int needed;
            try (PDDocument scratch = new PDDocument()) {
                needed = write(pages, scratch, new ArrayList<>());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (needed == pages) {
                return pages;
            }
            pages = needed;
        }
        return pages;
    }

    /** Writes the agenda into {@code into}, assuming it takes {@code agendaPages}; {@code itemPages} gets each item's page (0-based). */
    int write(int agendaPages, PDDocument into, List<Integer> itemPages) {
        int next = agendaPages + 1;
        for (PackageItem item : items) {
            for (PackagePart part : item.parts()) {
                part.firstPage = part.merged() ? next : 0;
                next += part.pages();
            }
        }
        PdfMeetingHeader meeting = order.meeting();
        try (PdfTextPages pages = new PdfTextPages(into)) {
            pages.write("Agenda", PdfStyle.TITLE);
            pages.write(meeting.bodyLabel(), PdfStyle.HEADING);
            pages.write(meeting.when(), PdfStyle.TEXT);
            pages.write("Vergaderstukken versie " + order.version() + " - " + (order.variant() == PackageVariant.INTERNAL
                    ? "interne versie (volledig)" : "openbare versie"), PdfStyle.TEXT);
            if (order.variant() == PackageVariant.PUBLIC) {
                pages.write("Besloten agendapunten en stukken die niet openbaar zijn, staan niet in deze versie.", PdfStyle.DETAIL);
            }
            addendum(pages);
            pages.space(8);
            for (PackageItem item : items) {
                pages.space(6);
                itemPages.add(pages.write(item.heading(), PdfStyle.ITEM));
                describe(item, pages);
            }
            return pages.pageCount();
        }
    }

    private void addendum(PdfTextPages pages) {
        if (order.previous() == null) {
            return;
        }
        pages.space(6);
        List<String> added = new ArrayList<>();
        items.forEach(item -> item.parts().stream().filter(p -> p.isNew).forEach(p -> added.add(item.entry().number()
                + ". " + p.document.name() + " (SHA-256 " + p.document.sha256().value() + ")")));
        int previous = order.previous().version();
        if (added.isEmpty()) {
            pages.write("Addendum op versie " + previous + ": geen nieuwe stukken.", PdfStyle.HEADING);
            return;
        }
        pages.write("Addendum op versie " + previous + ": nieuwe stukken sinds versie " + previous, PdfStyle.HEADING);
        added.forEach(line -> pages.write(line, PdfStyle.DETAIL));
    }

    private void describe(PackageItem item, PdfTextPages pages) {
        AgendaEntry entry = item.entry();
        boolean internal = order.variant() == PackageVariant.INTERNAL;
        if (internal && entry.confidential()) {
            pages.write("Besloten agendapunt: niet in de openbare versie.", PdfStyle.DETAIL);
        }
        if (internal && entry.confidentiality() != null && !entry.confidentiality().isPublic()) {
            pages.write("Vertrouwelijkheid van het voorstel: " + entry.confidentiality().zgwName().replace('_', ' '),
                    PdfStyle.DETAIL);
        }
        if (!item.documentsShown()) {
            if (!entry.documents().isEmpty()) {
                pages.write("De stukken bij dit agendapunt zijn niet openbaar.", PdfStyle.DETAIL);
            }
            return;
        }
        for (PackagePart part : item.parts()) {
            Manifest.Entry d = part.document;
            pages.write(d.name() + " (" + d.mediaType() + ", " + d.size() + " bytes)" + (part.isNew ? " - NIEUW" : ""),
                    PdfStyle.DETAIL);
            pages.write(where(part), PdfStyle.HASH);
            pages.write("SHA-256 " + d.sha256().value(), PdfStyle.HASH);
        }
    }

    private static String where(PackagePart part) {
        if (part.merged()) {
            int last = part.firstPage + part.pages() - 1;
            return "Samengevoegd: pagina " + part.firstPage + (last > part.firstPage ? " t/m " + last : "");
        }
        if (part.note != null) {
            return "Niet samengevoegd: " + part.note;
        }
        return "Niet samengevoegd (geen PDF): los op te vragen met de SHA-256";
    }
}
