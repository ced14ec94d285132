package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.AgendaItemKind;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.contracts.meeting.PackageVariant;
import nl.hamerslag.meeting.query.pdf.PdfMeetingHeader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackagePdfBuilderTest {

    private static final PdfMeetingHeader MEETING = new PdfMeetingHeader("meeting-1", DecidingBody.COLLEGE,
            "College van B&W", LocalDate.of(2026, 12, 8), LocalTime.of(10, 0), "Kamer van de burgemeester");

    private final Map<ContentHash, byte[]> store = new HashMap<>();
    private final PackagePdfBuilder builder = new PackagePdfBuilder();

    private final Manifest.Entry marketMain = stored("main-a", "Raadsvoorstel Marktplein.pdf", "application/pdf",
            TestPdfs.pdf("Marktplein", 3));
    private final Manifest.Entry marketSheet = stored("annex-a", "Begroting Marktplein.txt", "text/plain",
            TestPdfs.text("kosten: 1.200.000 euro"));
    private final Manifest.Entry landMain = stored("main-b", "Grondaankoop Noord.pdf", "application/pdf",
            TestPdfs.pdf("Grondaankoop", 2));

    private final AgendaEntry opening = standing("item-1", 1, AgendaItemKind.OPENING, "Opening");
    private final AgendaEntry market = proposal("item-2", 2, "Herinrichting Marktplein", AgendaItemType.HAMMER_ITEM,
            false, Confidentiality.OPENBAAR, marketMain, marketSheet);
    private final AgendaEntry land = proposal("item-3", 3, "Grondaankoop Noord", AgendaItemType.DEBATE_ITEM,
            true, Confidentiality.VERTROUWELIJK, landMain);
    private final AgendaEntry closing = standing("item-4", 4, AgendaItemKind.CLOSING, "Sluiting");
    private final List<AgendaEntry> agenda = List.of(opening, market, land, closing);

    @Nested
    class TheInternalVariant {

        @Test
        void holdsTheAgendaPagesAndThenEveryPdfPageInAgendaOrder() throws IOException {
            CompiledPackage compiled = build(PackageVariant.INTERNAL, agenda, null);

            try (PDDocument pdf = Loader.loadPDF(compiled.pdf())) {
                int agendaPages = compiled.content().agendaPages();
                assertThat(agendaPages).isEqualTo(1);
                assertThat(pdf.getNumberOfPages()).isEqualTo(agendaPages + 5).isEqualTo(compiled.pageCount());
                assertThat(TestPdfs.pageText(pdf, agendaPages + 1)).contains("Marktplein pagina 1");
                assertThat(TestPdfs.pageText(pdf, agendaPages + 3)).contains("Marktplein pagina 3");
                assertThat(TestPdfs.pageText(pdf, agendaPages + 4)).contains("Grondaankoop pagina 1");
                assertThat(TestPdfs.pageText(pdf, agendaPages + 5)).contains("Grondaankoop pagina 2");
            }
        }

        @Test
        void hasABookmarkPerAgendaItemOnItsFirstPage() throws IOException {
            CompiledPackage compiled = build(PackageVariant.INTERNAL, agenda, null);

            try (PDDocument pdf = Loader.loadPDF(compiled.pdf())) {
                List<PDOutlineItem> bookmarks = topLevel(pdf);
                assertThat(bookmarks).extracting(PDOutlineItem::getTitle).containsExactly("1. Opening",
                        "2. Herinrichting Marktplein - A (hamerstuk)", "3. Grondaankoop Noord - B (bespreekstuk)",
                        "4. Sluiting");
                // an item without merged documents points at its line on the agenda page
                assertThat(pageOf(pdf, bookmarks.get(0))).isEqualTo(0);
                assertThat(pageOf(pdf, bookmarks.get(1))).isEqualTo(1);
                assertThat(pageOf(pdf, bookmarks.get(2))).isEqualTo(4);
                assertThat(pageOf(pdf, bookmarks.get(3))).isEqualTo(0);
                // the merged documents' own outlines do not leak in; each document is a bookmark under its item
                assertThat(children(bookmarks.get(1))).extracting(PDOutlineItem::getTitle)
                        .containsExactly("Raadsvoorstel Marktplein.pdf");
            }
        }

        @Test
        void listsEveryItemWithItsTypeAndEveryDocumentWithNameAndHashOnTheAgendaPage() throws IOException {
            CompiledPackage compiled = build(PackageVariant.INTERNAL, agenda, null);

            try (PDDocument pdf = Loader.loadPDF(compiled.pdf())) {
                String agendaPage = TestPdfs.pageText(pdf, 1);
                assertThat(agendaPage).contains("College van B&W", "dinsdag 8 december 2026, 10:00 uur",
                        "2. Herinrichting Marktplein - A (hamerstuk)", "3. Grondaankoop Noord - B (bespreekstuk)",
                        "Raadsvoorstel Marktplein.pdf", marketMain.sha256().value(), "Begroting Marktplein.txt",
                        marketSheet.sha256().value(), "Niet samengevoegd (geen PDF)", "Samengevoegd: pagina 2 t/m 4",
                        "Besloten agendapunt");
            }
        }

        @Test
        void itsManifestNamesEveryDocumentWithTheHashOfItsBytes() {
            CompiledPackage compiled = build(PackageVariant.INTERNAL, agenda, null);

            PackageManifest manifest = PackagePdfBuilder.readManifest(compiled.manifest());
            assertThat(manifest.documents()).extracting(PackageManifest.Document::name, PackageManifest.Document::sha256,
                            PackageManifest.Document::mergedIntoPdf, PackageManifest.Document::firstPage)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Raadsvoorstel Marktplein.pdf",
                                    ContentHash.sha256(store.get(marketMain.sha256())).value(), true, 2),
                            org.assertj.core.groups.Tuple.tuple("Begroting Marktplein.txt",
                                    ContentHash.sha256(store.get(marketSheet.sha256())).value(), false, null),
                            org.assertj.core.groups.Tuple.tuple("Grondaankoop Noord.pdf",
                                    ContentHash.sha256(store.get(landMain.sha256())).value(), true, 5));
            assertThat(manifest.meetingId()).isEqualTo("meeting-1");
            assertThat(manifest.variant()).isEqualTo("INTERNAL");
            assertThat(manifest.pdfSha256()).isEqualTo(ContentHash.sha256(compiled.pdf()).value());
            assertThat(compiled.manifestSha256()).isEqualTo(ContentHash.sha256(compiled.manifest()));
            assertThat(compiled.documents()).extracting(d -> d.itemNumber()).containsExactly(2, 2, 3);
        }
    }

    @Nested
    class ThePublicVariant {

        @Test
        void lacksTheConfidentialItemItsTitleAndItsPages() throws IOException {
            CompiledPackage compiled = build(PackageVariant.PUBLIC, agenda, null);

            try (PDDocument pdf = Loader.loadPDF(compiled.pdf())) {
                int agendaPages = compiled.content().agendaPages();
                assertThat(pdf.getNumberOfPages()).isEqualTo(agendaPages + 3);
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    assertThat(TestPdfs.pageText(pdf, page)).doesNotContain("Grondaankoop");
                }
                assertThat(topLevel(pdf)).extracting(PDOutlineItem::getTitle).noneMatch(t -> t.contains("Grondaankoop"));
            }
            String manifest = new String(compiled.manifest(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(manifest).doesNotContain("Grondaankoop").doesNotContain(landMain.sha256().value())
                    .doesNotContain("vertrouwelijk");
        }

        @Test
        void listsANonPublicProposalByTitleOnlySayingItsDocumentsAreNotPublic() throws IOException {
            AgendaEntry internal = proposal("item-5", 5, "Personeelsplan Burgerzaken", AgendaItemType.HAMMER_ITEM,
                    false, Confidentiality.INTERN, landMain);

            CompiledPackage compiled = build(PackageVariant.PUBLIC, List.of(opening, market, internal), null);

            try (PDDocument pdf = Loader.loadPDF(compiled.pdf())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(compiled.content().agendaPages() + 3);
                assertThat(TestPdfs.pageText(pdf, 1)).contains("5. Personeelsplan Burgerzaken",
                        "De stukken bij dit agendapunt zijn niet openbaar.").doesNotContain("Grondaankoop Noord.pdf");
            }
            assertThat(compiled.content().documents()).extracting(PackageManifest.Document::itemNumber).containsOnly(2);
        }
    }

    @Test
    void theNextVersionNamesTheDocumentsThatAreNewSinceTheVersionBefore() throws IOException {
        CompiledPackage first = build(PackageVariant.INTERNAL, agenda, null);
        Manifest.Entry late = stored("annex-late", "Nagekomen advies.pdf", "application/pdf", TestPdfs.pdf("Advies", 1));
        AgendaEntry marketWithAdvice = proposal("item-2", 2, "Herinrichting Marktplein", AgendaItemType.HAMMER_ITEM,
                false, Confidentiality.OPENBAAR, marketMain, marketSheet, late);

        CompiledPackage second = build(2, PackageVariant.INTERNAL, List.of(opening, marketWithAdvice, land, closing),
                PackagePdfBuilder.readManifest(first.manifest()));

        assertThat(second.content().previousVersion()).isEqualTo(1);
        assertThat(second.content().addendum()).containsExactly(late.sha256().value());
        assertThat(second.content().documents()).filteredOn(PackageManifest.Document::newSincePreviousVersion)
                .extracting(PackageManifest.Document::name).containsExactly("Nagekomen advies.pdf");
        assertThat(first.content().addendum()).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(second.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(second.content().agendaPages() + 6);
            assertThat(TestPdfs.pageText(pdf, 1)).contains("Addendum op versie 1", "Nagekomen advies.pdf (application/pdf",
                    "- NIEUW");
        }
    }

    @Test
    void aDocumentWhoseBytesDoNotMatchItsHashStopsTheCompileNamingTheDocument() {
        store.put(landMain.sha256(), TestPdfs.pdf("Iets anders", 2));

        assertThatThrownBy(() -> build(PackageVariant.INTERNAL, agenda, null))
                .isInstanceOf(PackageDocumentMismatch.class)
                .hasMessageContaining("Grondaankoop Noord.pdf")
                .hasMessageContaining("agenda item 3")
                .hasMessageContaining(landMain.sha256().value());
    }

    @Test
    void charactersTheFontCannotShowAreReplacedNotACrash() throws IOException {
        Manifest.Entry odd = stored("main-c", "Zwembad \uD83C\uDFCA Łódź ő 中文.pdf", "application/pdf", TestPdfs.pdf("Zwembad", 1));
        AgendaEntry pool = proposal("item-6", 6, "Zwembad \uD83C\uDFCA Łódź Győr 中文\tcafé", AgendaItemType.DEBATE_ITEM, false,
                Confidentiality.OPENBAAR, odd);

        CompiledPackage compiled = build(PackageVariant.INTERNAL, List.of(pool), null);

        try (PDDocument pdf = Loader.loadPDF(compiled.pdf())) {
            assertThat(TestPdfs.pageText(pdf, 1)).contains("6. Zwembad ? ?ódz Gyor ?? café");
            // the bookmark is Unicode text, not the font's: it keeps every character
            assertThat(topLevel(pdf).get(0).getTitle()).contains("Łódź Győr 中文");
        }
        assertThat(compiled.content().documents().get(0).name()).isEqualTo("Zwembad \uD83C\uDFCA Łódź ő 中文.pdf");
    }

    @Test
    void aPdfThatCannotBeOpenedIsListedWithANoteNotMerged() throws IOException {
        Manifest.Entry broken = stored("main-d", "Kapot.pdf", "application/pdf", TestPdfs.text("%PDF-1.7 this is not a pdf"));
        AgendaEntry item = proposal("item-7", 7, "Kapotte bijlage", AgendaItemType.HAMMER_ITEM, false,
                Confidentiality.OPENBAAR, broken, marketMain);

        CompiledPackage compiled = build(PackageVariant.INTERNAL, List.of(item), null);

        assertThat(compiled.content().documents()).extracting(PackageManifest.Document::mergedIntoPdf).containsExactly(false, true);
        assertThat(compiled.content().documents().get(0).note()).contains("kon niet worden geopend");
        try (PDDocument pdf = Loader.loadPDF(compiled.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(compiled.content().agendaPages() + 3);
        }
    }

    @Test
    void aLongAgendaTakesSeveralPagesAndTheBookmarksStillFindTheirPages() throws IOException {
        List<AgendaEntry> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(proposal("item-" + i, i, "Voorstel nummer " + i + " over een onderwerp met een lange titel die "
                    + "over meer dan een regel doorloopt", AgendaItemType.HAMMER_ITEM, false, Confidentiality.OPENBAAR,
                    marketSheet));
        }
        many.add(proposal("item-41", 41, "Het laatste voorstel", AgendaItemType.DEBATE_ITEM, false, Confidentiality.OPENBAAR,
                marketMain));

        CompiledPackage compiled = build(PackageVariant.INTERNAL, many, null);

        try (PDDocument pdf = Loader.loadPDF(compiled.pdf())) {
            int agendaPages = compiled.content().agendaPages();
            assertThat(agendaPages).isGreaterThan(1);
            assertThat(pdf.getNumberOfPages()).isEqualTo(agendaPages + 3);
            List<PDOutlineItem> bookmarks = topLevel(pdf);
            assertThat(bookmarks).hasSize(41);
            assertThat(pageOf(pdf, bookmarks.get(40))).isEqualTo(agendaPages);
            int lastListed = pageOf(pdf, bookmarks.get(39));
            assertThat(TestPdfs.pageText(pdf, lastListed + 1)).contains("40. Voorstel nummer 40");
            assertThat(TestPdfs.pageText(pdf, 1)).doesNotContain("40. Voorstel nummer 40");
        }
    }

    @Test
    void theSameOrderGivesTheSameBytes() {
        CompiledPackage once = build(PackageVariant.INTERNAL, agenda, null);
        CompiledPackage again = build(PackageVariant.INTERNAL, agenda, null);

        assertThat(again.pdfSha256()).isEqualTo(once.pdfSha256());
        assertThat(again.manifestSha256()).isEqualTo(once.manifestSha256());
    }

    private CompiledPackage build(PackageVariant variant, List<AgendaEntry> items, PackageManifest previous) {
        return build(1, variant, items, previous);
    }

    private CompiledPackage build(int version, PackageVariant variant, List<AgendaEntry> items, PackageManifest previous) {
        return builder.build(new PackageOrder(MEETING, version, variant, items, previous), store::get);
    }

    private Manifest.Entry stored(String id, String name, String mediaType, byte[] bytes) {
        Manifest.Entry entry = TestPdfs.entry(id, name, mediaType, bytes);
        store.put(entry.sha256(), bytes);
        return entry;
    }

    private static AgendaEntry standing(String id, int number, AgendaItemKind kind, String title) {
        return new AgendaEntry(id, number, kind, title, null, null, false, null, List.of());
    }

    private static AgendaEntry proposal(String id, int number, String title, AgendaItemType type, boolean confidential,
                                        Confidentiality confidentiality, Manifest.Entry... documents) {
        return new AgendaEntry(id, number, AgendaItemKind.PROPOSAL, title, ProposalId.newId(), type, confidential,
                confidentiality, List.of(documents));
    }

    static List<PDOutlineItem> topLevel(PDDocument pdf) {
        List<PDOutlineItem> items = new ArrayList<>();
        pdf.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
        return items;
    }

    private static List<PDOutlineItem> children(PDOutlineItem item) {
        List<PDOutlineItem> items = new ArrayList<>();
        item.children().forEach(items::add);
        return items;
    }

    /** 0-based index of the page a bookmark points at. */
    static int pageOf(PDDocument pdf, PDOutlineItem bookmark) throws IOException {
        PDPageDestination destination = (PDPageDestination) bookmark.getDestination();
        return pdf.getPages().indexOf(destination.getPage());
    }
}
