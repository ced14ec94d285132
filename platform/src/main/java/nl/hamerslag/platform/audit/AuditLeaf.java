package nl.hamerslag.platform.audit;

/** A leaf of the log as the tree took it: which event row, where it stood, and its hash then. */
public record AuditLeaf(long leafIndex, long globalIndex, String eventIdentifier, String aggregateIdentifier,
                        long sequenceNumber, byte[] leafHash) {
}
