package nl.hamerslag.publication.command;

import nl.hamerslag.publication.command.refusal.ReasonRequired;
import nl.hamerslag.publication.command.refusal.TextTooLong;
import nl.hamerslag.publication.command.refusal.TitleRequired;

/** Bounds on what a publication carries, so that every event fits a Kafka record (docs/decisions/0026). */
public final class PublicationLimits {

    /** The longest title. */
    public static final int TITLE = 1_000;
    /** The longest body text, reason or explanation. */
    public static final int TEXT = 20_000;
    /** The most redactions in one redacted version. */
    public static final int REDACTIONS = 500;

    private PublicationLimits() {
    }

    /** Texts from another service's events are kept, cut at the bound rather than refused. */
    public static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    static String reason(String action, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequired(action);
        }
        return bounded("reason", reason.strip(), TEXT);
    }

    static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new TitleRequired();
        }
        return bounded("title", title.strip(), TITLE);
    }

    static String bounded(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new TextTooLong(field, text.length(), max);
        }
        return text;
    }
}
