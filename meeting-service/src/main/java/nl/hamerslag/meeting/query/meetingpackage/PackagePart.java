package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.drafting.Manifest;
import org.apache.pdfbox.pdmodel.PDDocument;

/** One document of an item in a package being built: merged when its PDF is loaded, listed otherwise. */
final class PackagePart implements AutoCloseable {

    final Manifest.Entry document;
    final boolean isNew;
    PDDocument pdf;
    String note;
    /** 1-based first page in the package; 0 when not merged. */
    int firstPage;

    PackagePart(Manifest.Entry document, boolean isNew) {
        this.document = document;
        this.isNew = isNew;
    }

    boolean merged() {
        return pdf != null;
    }

    int pages() {
        return pdf == null ? 0 : pdf.getNumberOfPages();
    }

    @Override
    public void close() {
        if (pdf != null) {
            try {
                pdf.close();
            } catch (java.io.IOException ignored) {
                // only memory to give back
            }
        }
    }
}
