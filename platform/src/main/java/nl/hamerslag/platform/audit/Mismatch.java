package nl.hamerslag.platform.audit;

/**
 * The first event of a stream that is not as the log took it.
 *
 * @param kind           CHANGED (its row differs), REMOVED (its row is gone), INSERTED (a row the log never took),
 *                       REORDERED (its global index or sequence number is not where the log took it)
 * @param sequenceNumber its sequence number in the stream, as the log took it (for INSERTED: as stored)
 * @param leafIndex      its leaf in the tree, or -1 for an inserted row
 */
public record Mismatch(Kind kind, long sequenceNumber, String eventIdentifier, long leafIndex, String detail) {

    public enum Kind { CHANGED, REMOVED, INSERTED, REORDERED }
}
