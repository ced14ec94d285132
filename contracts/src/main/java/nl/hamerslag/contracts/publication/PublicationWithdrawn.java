package nl.hamerslag.contracts.publication;

import java.time.Instant;

/**
 * Teruggetrokken: the publication is gone from every public channel at once; a withdrawal notice
 * (its title, when and why) remains. It cannot be withdrawn twice.
 */
public record PublicationWithdrawn(String publicationId, PublicationKind kind, PublicationSource source, String title,
                                   String reason, Instant withdrawnAt) implements PublicationEvent {
}
