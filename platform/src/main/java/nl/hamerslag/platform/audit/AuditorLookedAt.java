package nl.hamerslag.platform.audit;

import java.time.Instant;

/**
 * Audit of the audit: an auditor read a stream, a dossier or a dossier's verification. Stored in the
 * service's own event store as a stream of one event ({@code AuditorLook}, a new id per look), so it
 * is hash-chained, taken into the Merkle tree and signed like every other event.
 *
 * @param what   STREAM, DOSSIER, VERIFY or PROOFS
 * @param target the aggregate id or the proposal id looked at
 */
public record AuditorLookedAt(String auditorSubject, String auditorName, String what, String target, Instant at) {
}
