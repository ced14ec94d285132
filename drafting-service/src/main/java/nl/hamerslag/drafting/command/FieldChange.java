package nl.hamerslag.drafting.command;

/** One field of a revision: its canonical text before and after (empty when unset). */
public record FieldChange(String field, String from, String to) {
}
