package nl.hamerslag.followup.command;

import nl.hamerslag.followup.command.refusal.ReasonRequired;

/** Bounds on what an item carries, so that every event fits a Kafka record (docs/decisions/0026). */
public final class FollowUpLimits {

    /** The longest text of an item, a question or a reason. */
    public static final int TEXT = 8_000;

    private FollowUpLimits() {
    }

    static String reason(String action, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequired(action);
        }
        return clip(reason.strip());
    }

    /** Texts from another service's events are kept, cut at the bound rather than refused. */
    public static String clip(String text) {
        return text == null || text.length() <= TEXT ? text : text.substring(0, TEXT);
    }
}
