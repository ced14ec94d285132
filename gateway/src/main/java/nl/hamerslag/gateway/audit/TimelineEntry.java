package nl.hamerslag.gateway.audit;

import java.time.Instant;

/**
 * One event of a dossier, as the cross-service timeline shows it.
 *
 * @param service       the service that stored it
 * @param stream        the aggregate (stream) it belongs to: the proposal, a route, an agenda item
 * @param type          its event type ({@code StepApproved})
 * @param versionHash   the version of the proposal it refers to (a signature, a decision, a publication), or null
 */
public record TimelineEntry(String service, String stream, String aggregateType, long sequenceNumber, Instant timestamp,
                            String type, String actorSubject, String actorName, String actorRole, String versionHash,
                            String eventIdentifier, String hash, Long leafIndex) {
}
