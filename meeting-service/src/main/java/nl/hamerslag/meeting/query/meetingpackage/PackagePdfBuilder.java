package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.contracts.meeting.PackageVariant;
import nl.hamerslag.meeting.query.pdf.PdfFiles;
import nl.hamerslag.meeting.query.pdf.PdfMeetingHeader;
import nl.hamerslag.meeting.query.pdf.PdfStyle;
import nl.hamerslag.meeting.query.pdf.PdfTextPages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Samenvoegen: one variant of one version of a meeting package, as a PDF and a JSON manifest. The
 * PDF opens with generated agenda pages that list every item (number, title, A/B) and per document
 * its name and SHA-256; then every PDF document follows in agenda order, each agenda item with a
 * bookmark on its first page. Documents in other formats are listed, not merged. Pure: the bytes
 * of a document come from {@code documents}, and are checked against their hash here as well.
 * The same order and documents give the same bytes.
 */
public final class PackagePdfBuilder {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_LAYOUT_PASSES = 5;

    public CompiledPackage build(PackageOrder order, Function<ContentHash, byte[]> documents) {
        List<Shown> shown = select(order, documents);
        try {
            return compile(order, shown);
        } finally {
            shown.forEach(Shown::close);
        }
    }

    /** An item of this variant with its documents, the PDFs among them loaded. */
    private record Shown(AgendaEntry entry, boolean documentsShown, List<Part> parts) {
        void close() {
            parts.forEach(Part::close);
        }
    }

    /** One document of an item: merged when {@code pdf} is loaded, listed otherwise. */
    private static final class Part {
        final Manifest.Entry document;
        final boolean isNew;
        PDDocument pdf;
        String note;
        int firstPage;

        Part(Manifest.Entry document, boolean isNew) {
            this.document = document;
            this.isNew = isNew;
        }

        int pages() {
            return pdf == null ? 0 : pdf.getNumberOfPages();
        }

        void close() {
            if (pdf != null) {
                try {
                    pdf.close();
                } catch (IOException ignored) {
                    // only memory to give back
                }
            }
        }
    }

    private List<Shown> select(PackageOrder order, Function<ContentHash, byte[]> documents) {
        Set<String> before = new HashSet<>();
        if (order.previous() != null) {
            order.previous().documents().forEach(d -> before.add(d.sha256()));
        }
        List<Shown> shown = new ArrayList<>();
        try {
            for (AgendaEntry entry : order.agenda()) {
                if (!PackageVariantRule.showsItem(order.variant(), entry)) {
                    continue;
                }
                boolean documentsShown = PackageVariantRule.showsDocuments(order.variant(), entry);
                List<Part> parts = new ArrayList<>();
                shown.add(new Shown(entry, documentsShown, parts));
                if (!documentsShown) {
                    continue;
                }
                for (Manifest.Entry document : entry.documents()) {
                    Part part = new Part(document, order.previous() != null && !before.contains(document.sha256().value()));
                    parts.add(part);
                    if (isPdf(document.mediaType())) {
                        load(part, entry, fetch(entry, document, documents));
                    }
                }
            }
            return shown;
        } catch (RuntimeException e) {
            shown.forEach(Shown::close);
            throw e;
        }
    }

    private static byte[] fetch(AgendaEntry entry, Manifest.Entry document, Function<ContentHash, byte[]> documents) {
        byte[] bytes = documents.apply(document.sha256());
        if (bytes == null) {
            throw new PackageDocumentUnavailable(entry.number(), document.name(), document.sha256(), null);
        }
        ContentHash actual = ContentHash.sha256(bytes);
        if (!actual.equals(document.sha256())) {
            throw new PackageDocumentMismatch(entry.number(), document.name(), document.sha256(), actual);
        }
        return bytes;
    }

    /** A PDF that cannot be opened is listed with a note rather than holding up the whole package. */
    private static void load(Part part, AgendaEntry entry, byte[] bytes) {
        try {
            PDDocument pdf = Loader.loadPDF(bytes);
            if (pdf.isEncrypted()) {
                pdf.setAllSecurityToBeRemoved(true);
            }
            if (pdf.getNumberOfPages() == 0) {
                pdf.close();
                part.note = "de PDF heeft geen pagina's";
                return;
            }
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            catalog.setDocumentOutline(null); // the package's outline is the agenda's
            catalog.setPageLabels(null);
            part.pdf = pdf;
        } catch (IOException e) {
            part.note = "de PDF kon niet worden geopend (beschadigd of beveiligd); haal het stuk los op met de SHA-256";
        }
    }

    static boolean isPdf(String mediaType) {
        return mediaType != null && mediaType.toLowerCase(Locale.ROOT).strip().startsWith("application/pdf");
    }

    private CompiledPackage compile(PackageOrder order, List<Shown> shown) {
        int agendaPages = 1;
        for (int pass = 0; pass < MAX_LAYOUT_PASSES; pass++) {
            int needed = layOut(order, shown, agendaPages, null);
            if (needed == agendaPages) {
                break;
            }
            agendaPages = needed;
        }
        try (PDDocument out = new PDDocument()) {
            List<Integer> itemPages = new ArrayList<>();
            int written = layOut(order, shown, agendaPages, out, itemPages);
            if (written != agendaPages) {
                throw new IllegalStateException("the agenda took " + written + " pages, laid out for " + agendaPages);
            }
            PDFMergerUtility merger = new PDFMergerUtility();
            for (Shown item : shown) {
                for (Part part : item.parts()) {
                    if (part.pdf != null) {
                        merger.appendDocument(out, part.pdf);
                    }
                }
            }
            out.getDocumentCatalog().setDocumentOutline(outline(out, shown, itemPages));
            out.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            String identity = order.meeting().meetingId() + "/" + order.version() + "/" + order.variant();
            byte[] pdf = PdfFiles.save(out, "Vergaderstukken " + order.meeting().bodyLabel() + " " + order.meeting().date()
                    + " versie " + order.version() + (order.variant() == PackageVariant.PUBLIC ? " (openbaar)" : " (intern)"), identity);
            ContentHash pdfSha256 = ContentHash.sha256(pdf);
            PackageManifest manifest = manifest(order, shown, itemPages, agendaPages, pdfSha256, out.getNumberOfPages());
            byte[] manifestBytes = JSON.writeValueAsBytes(manifest);
            return new CompiledPackage(order.variant(), order.version(), pdf, pdfSha256, manifestBytes,
                    ContentHash.sha256(manifestBytes), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("could not merge the documents of meeting " + order.meeting().meetingId(), e);
        }
    }

    private int layOut(PackageOrder order, List<Shown> shown, int agendaPages, PDDocument into) {
        if (into != null) {
            return layOut(order, shown, agendaPages, into, new ArrayList<>());
        }
        try (PDDocument scratch = new PDDocument()) {
            return layOut(order, shown, agendaPages, scratch, new ArrayList<>());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the agenda pages, assuming they take {@code agendaPages}; returns how many they took. */
    private int layOut(PackageOrder order, List<Shown> shown, int agendaPages, PDDocument into, List<Integer> itemPages) {
        PdfMeetingHeader meeting = order.meeting();
        int next = agendaPages + 1;
        for (Shown item : shown) {
            for (Part part : item.parts()) {
                part.firstPage = part.pdf == null ? 0 : next;
                next += part.pages();
            }
        }
        try (PdfTextPages pages = new PdfTextPages(into)) {
            pages.write("Agenda", PdfStyle.TITLE);
            pages.write(meeting.bodyLabel(), PdfStyle.HEADING);
            pages.write(meeting.when(), PdfStyle.TEXT);
            pages.write("Vergaderstukken versie " + order.version() + " - " + (order.variant() == PackageVariant.INTERNAL
                    ? "interne versie (volledig)" : "openbare versie"), PdfStyle.TEXT);
            if (order.variant() == PackageVariant.PUBLIC) {
                pages.write("Besloten agendapunten en stukken die niet openbaar zijn, staan niet in deze versie.", PdfStyle.DETAIL);
            }
            addendum(order, shown, pages);
            pages.space(8);
            for (Shown item : shown) {
                pages.space(6);
                itemPages.add(pages.write(heading(item.entry()), PdfStyle.ITEM));
                describe(order.variant(), item, pages);
            }
            return pages.pageCount();
        }
    }

    private static void addendum(PackageOrder order, List<Shown> shown, PdfTextPages pages) {
        if (order.previous() == null) {
            return;
        }
        pages.space(6);
        List<String> added = new ArrayList<>();
        shown.forEach(item -> item.parts().stream().filter(p -> p.isNew).forEach(p ->
                added.add(item.entry().number() + ". " + p.document.name() + " (SHA-256 " + p.document.sha256().value() + ")")));
        int previous = order.previous().version();
        if (added.isEmpty()) {
            pages.write("Addendum op versie " + previous + ": geen nieuwe stukken.", PdfStyle.HEADING);
            return;
        }
        pages.write("Addendum op versie " + previous + ": nieuwe stukken sinds versie " + previous, PdfStyle.HEADING);
        added.forEach(line -> pages.write(line, PdfStyle.DETAIL));
    }

    private static String heading(AgendaEntry entry) {
        String type = entry.itemType() == AgendaItemType.HAMMER_ITEM ? " - A (hamerstuk)"
                : entry.itemType() == AgendaItemType.DEBATE_ITEM ? " - B (bespreekstuk)" : "";
        return entry.number() + ". " + entry.title() + type;
    }

    private static void describe(PackageVariant variant, Shown item, PdfTextPages pages) {
        AgendaEntry entry = item.entry();
        if (variant == PackageVariant.INTERNAL && entry.confidential()) {
            pages.write("Besloten agendapunt: niet in de openbare versie.", PdfStyle.DETAIL);
        }
        if (variant == PackageVariant.INTERNAL && entry.confidentiality() != null && !entry.confidentiality().isPublic()) {
            pages.write("Vertrouwelijkheid van het voorstel: " + entry.confidentiality().zgwName().replace('_', ' '), PdfStyle.DETAIL);
        }
        if (!item.documentsShown()) {
            if (!entry.documents().isEmpty()) {
                pages.write("De stukken bij dit agendapunt zijn niet openbaar.", PdfStyle.DETAIL);
            }
            return;
        }
        for (Part part : item.parts()) {
            Manifest.Entry d = part.document;
            pages.write(d.name() + " (" + d.mediaType() + ", " + d.size() + " bytes)" + (part.isNew ? " - NIEUW" : ""),
                    PdfStyle.DETAIL);
            pages.write(where(part), PdfStyle.HASH);
            pages.write("SHA-256 " + d.sha256().value(), PdfStyle.HASH);
        }
    }

    private static String where(Part part) {
        if (part.pdf != null) {
            int last = part.firstPage + part.pages() - 1;
            return "Samengevoegd: pagina " + part.firstPage + (last > part.firstPage ? " t/m " + last : "");
        }
        if (part.note != null) {
            return "Niet samengevoegd: " + part.note;
        }
        return "Niet samengevoegd (geen PDF): los op te vragen met de SHA-256";
    }

    private static PDDocumentOutline outline(PDDocument out, List<Shown> shown, List<Integer> itemPages) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (int i = 0; i < shown.size(); i++) {
            Shown item = shown.get(i);
            int target = item.parts().stream().filter(p -> p.pdf != null).findFirst()
                    .map(p -> p.firstPage - 1).orElse(itemPages.get(i));
            PDOutlineItem bookmark = bookmark(out, heading(item.entry()), target);
            outline.addLast(bookmark);
            item.parts().stream().filter(p -> p.pdf != null)
                    .forEach(p -> addChild(bookmark, bookmark(out, p.document.name(), p.firstPage - 1)));
        }
        outline.openNode();
        return outline;
    }

    private static void addChild(PDOutlineNode parent, PDOutlineItem child) {
        parent.addLast(child);
    }

    private static PDOutlineItem bookmark(PDDocument out, String title, int pageIndex) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(out.getPage(pageIndex));
        PDOutlineItem bookmark = new PDOutlineItem();
        bookmark.setTitle(title);
        bookmark.setDestination(destination);
        return bookmark;
    }

    private static PackageManifest manifest(PackageOrder order, List<Shown> shown, List<Integer> itemPages, int agendaPages,
                                            ContentHash pdfSha256, int pageCount) {
        List<PackageManifest.Item> items = new ArrayList<>();
        List<PackageManifest.Document> documents = new ArrayList<>();
        List<String> addendum = new ArrayList<>();
        boolean internal = order.variant() == PackageVariant.INTERNAL;
        for (int i = 0; i < shown.size(); i++) {
            Shown item = shown.get(i);
            AgendaEntry e = item.entry();
            items.add(new PackageManifest.Item(e.number(), e.agendaItemId(), e.title(),
                    e.itemType() == null ? null : e.itemType().name(), e.confidential(),
                    internal && e.confidentiality() != null ? e.confidentiality().zgwName() : null,
                    item.documentsShown(), itemPages.get(i) + 1));
            for (Part p : item.parts()) {
                Manifest.Entry d = p.document;
                documents.add(new PackageManifest.Document(e.number(), e.agendaItemId(), d.name(), d.mediaType(), d.size(),
                        d.sha256().value(), p.pdf != null, p.pdf == null ? null : p.firstPage, p.pages(), p.note, p.isNew));
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

    /** Reads a manifest this builder wrote (to tell the next version what is new). */
    public static PackageManifest readManifest(byte[] json) {
        return JSON.readValue(json, PackageManifest.class);
    }
}
