package nl.hamerslag.meeting.query.meetingpackage;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.util.List;

/**
 * The bookmarks of a package: one per agenda item, on the first page of its first merged document
 * (or its line on the agenda when nothing of it is merged), with a bookmark per merged document
 * under it. The merged documents' own outlines are left out: the package's outline is the agenda's.
 */
final class PackageOutline {

    private PackageOutline() {
    }

    static PDDocumentOutline of(PDDocument pdf, List<PackageItem> items, List<Integer> itemPages) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (int i = 0; i < items.size(); i++) {
            PackageItem item = items.get(i);
            int target = item.firstMerged().map(p -> p.firstPage - 1).orElse(itemPages.get(i));
            PDOutlineItem bookmark = bookmark(pdf, item.heading(), target);
            outline.addLast(bookmark);
            item.parts().stream().filter(PackagePart::merged)
                    .forEach(p -> bookmark.addLast(bookmark(pdf, p.document.name(), p.firstPage - 1)));
        }
        outline.openNode();
        return outline;
    }

    private static PDOutlineItem bookmark(PDDocument pdf, String title, int pageIndex) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(pdf.getPage(pageIndex));
        PDOutlineItem bookmark = new PDOutlineItem();
        bookmark.setTitle(title);
        bookmark.setDestination(destination);
        return bookmark;
    }
}
