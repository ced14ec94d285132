package nl.hamerslag.test.hostile;

/**
 * One hostile value: a kind (what it tries), the text a person would have typed, and, where the
 * wire form is not simply that text encoded, the form to send instead.
 *
 * @param urlForm how it goes into a URL, already percent-encoded; null: percent-encode {@code text} as UTF-8
 * @param jsonForm how it goes into JSON, as a JSON value; null: {@code text} as a JSON string
 */
public record Hostile(String kind, String text, String urlForm, String jsonForm) {

    static Hostile text(String kind, String text) {
        return new Hostile(kind, text, null, null);
    }

    /** A value that only exists as bytes on the wire, e.g. an overlong UTF-8 sequence. */
    static Hostile wire(String kind, String urlForm, String jsonForm) {
        return new Hostile(kind, null, urlForm, jsonForm);
    }

    /** A JSON value of the wrong type, e.g. a number where text is expected. */
    static Hostile json(String kind, String jsonForm) {
        return new Hostile(kind, null, null, jsonForm);
    }

    boolean hasText() {
        return text != null;
    }

    boolean fitsUrl() {
        return text != null || urlForm != null;
    }
}
