package nl.hamerslag.contracts.publication;

/**
 * Niet gepubliceerd: the final editor refused to publish the candidate, citing its Woo ground.
 *
 * @param ground      the refusal ground of the Woo, art. 5.1 or 5.2, as its code ({@code 5.1.2e})
 * @param explanation the editor's explanation
 */
public record PublicationRefused(String publicationId, PublicationKind kind, PublicationSource source, String ground,
                                 String explanation) implements PublicationEvent {
}
