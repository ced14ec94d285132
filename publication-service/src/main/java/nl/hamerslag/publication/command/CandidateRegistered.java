package nl.hamerslag.publication.command;

/**
 * Kandidaat: something that may be published, with its confidentiality, category, owner and
 * documents (the originals stay internal). Publication's own event: the public learns of it only
 * when it is published.
 */
public record CandidateRegistered(String publicationId, CandidateContent content, PublicationMode mode) {
}
