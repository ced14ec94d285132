package nl.hamerslag.contracts.publication;

import java.time.Instant;

/**
 * Ingepland: the final editor decided the publication goes public at {@code at}. Under an embargo
 * ({@code embargo} true) it may not go public earlier, not even by the editor's "publish now".
 */
public record PublicationScheduled(String publicationId, PublicationKind kind, PublicationSource source, Instant at,
                                   boolean embargo) implements PublicationEvent {
}
