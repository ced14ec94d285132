package nl.hamerslag.platform.audit;

import nl.hamerslag.platform.eventstore.ChainVerification;

/**
 * One stream checked against the log: every leaf the tree took for it against the rows there now,
 * and its hash chain.
 *
 * @param eventsStored  rows of the stream in the event table now
 * @param leavesChecked leaves the tree holds for the stream
 * @param pending       rows stored since the latest tree head (not yet witnessed, so not judged)
 * @param firstMismatch the first event (by sequence) that does not match, or null when intact
 */
public record StreamVerification(String aggregateId, String aggregateType, boolean intact, long eventsStored,
                                 long leavesChecked, long pending, Mismatch firstMismatch, ChainVerification chain) {
}
