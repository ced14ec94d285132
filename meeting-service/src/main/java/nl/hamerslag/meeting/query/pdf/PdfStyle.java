package nl.hamerslag.meeting.query.pdf;

/** The few kinds of line a generated page has. */
public enum PdfStyle {
    TITLE(true, 16, 0),
    HEADING(true, 11, 0),
    TEXT(false, 10, 0),
    ITEM(true, 10, 0),
    DETAIL(false, 9, 18),
    HASH(false, 7.5f, 30);

    final boolean bold;
    final float size;
    final float indent;

    PdfStyle(boolean bold, float size, float indent) {
        this.bold = bold;
        this.size = size;
        this.indent = indent;
    }
}
