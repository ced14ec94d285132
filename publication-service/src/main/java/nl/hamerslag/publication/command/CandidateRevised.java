package nl.hamerslag.publication.command;

/** The source of a candidate changed before it was published; the candidate now has this content. */
public record CandidateRevised(String publicationId, CandidateContent content, String reason) {
}
