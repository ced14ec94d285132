package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.PackageVariant;
import nl.hamerslag.meeting.query.pdf.PdfFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PageMode;
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
 * PDF opens with generated agenda pages ({@link PackageAgendaPages}); then every PDF document
 * follows in agenda order, each agenda item with a bookmark on its first page ({@link PackageOutline}).
 * Documents in other formats are listed, not merged. Pure: the bytes of a document come from
 * {@code documents}, and are checked against their hash here as well. The same order and documents
 * give the same bytes.
 */
public final class PackagePdfBuilder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public CompiledPackage build(PackageOrder order, Function<ContentHash, byte[]> documents) {
        List<PackageItem> items = select(order, documents);
        try {
            return compile(order, items);
        } finally {
            items.forEach(PackageItem::close);
        }
    }

    /** Reads a manifest this builder wrote (to tell the next version what is new). */
    public static PackageManifest readManifest(byte[] json) {
        return JSON.readValue(json, PackageManifest.class);
    }

    private List<PackageItem> select(PackageOrder order, Function<ContentHash, byte[]> documents) {
        Set<String> before = new HashSet<>();
        if (order.previous() != null) {
            order.previous().documents().forEach(d -> before.add(d.sha256()));
        }
        List<PackageItem> items = new ArrayList<>();
        try {
            for (AgendaEntry entry : order.agenda()) {
                if (!PackageVariantRule.showsItem(order.variant(), entry)) {
                    continue;
                }
                boolean documentsShown = PackageVariantRule.showsDocuments(order.variant(), entry);
                List<PackagePart> parts = new ArrayList<>();
                items.add(new PackageItem(entry, documentsShown, parts));
                if (!documentsShown) {
                    continue;
                }
                for (Manifest.Entry document : entry.documents()) {
                    PackagePart part = new PackagePart(document,
                            order.previous() != null && !before.contains(document.sha256().value()));
                    parts.add(part);
                    if (isPdf(document.mediaType())) {
                        load(part, fetch(entry, document, documents));
                    }
                }
            }
            return items;
        } catch (RuntimeException e) {
            items.forEach(PackageItem::close);
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
    private static void load(PackagePart part, byte[] bytes) {
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

    private CompiledPackage compile(PackageOrder order, List<PackageItem> items) {
        PackageAgendaPages agenda = new PackageAgendaPages(order, items);
        int agendaPages = agenda.count();
        try (PDDocument out = new PDDocument()) {
            List<Integer> itemPages = new ArrayList<>();
            int written = agenda.write(agendaPages, out, itemPages);
            if (written != agendaPages) {
                throw new IllegalStateException("the agenda took " + written + " pages, laid out for " + agendaPages);
            }
            PDFMergerUtility merger = new PDFMergerUtility();
            for (PackageItem item : items) {
                for (PackagePart part : item.parts()) {
                    if (part.merged()) {
                        merger.appendDocument(out, part.pdf);
                    }
                }
            }
            out.getDocumentCatalog().setDocumentOutline(PackageOutline.of(out, items, itemPages));
            out.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            String title = "Vergaderstukken " + order.meeting().bodyLabel() + " " + order.meeting().date() + " versie "
                    + order.version() + (order.variant() == PackageVariant.PUBLIC ? " (openbaar)" : " (intern)");
            byte[] pdf = PdfFiles.save(out, title, order.meeting().meetingId() + "/" + order.version() + "/" + order.variant());
            ContentHash pdfSha256 = ContentHash.sha256(pdf);
            PackageManifest manifest = PackageManifest.of(order, items, itemPages, agendaPages, pdfSha256,
                    out.getNumberOfPages());
            byte[] manifestBytes = JSON.writeValueAsBytes(manifest);
            return new CompiledPackage(order.variant(), order.version(), pdf, pdfSha256, manifestBytes,
                    ContentHash.sha256(manifestBytes), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("could not merge the documents of meeting " + order.meeting().meetingId(), e);
        }
    }
}
