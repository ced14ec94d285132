package nl.hamerslag.publication.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** What is not openbaar goes public only as a redacted version. */
public class NotOpenbaarWithoutRedaction extends RuleViolation {
    public NotOpenbaarWithoutRedaction(String publicationId, Object confidentiality) {
        super(Kind.CONFLICT, "Publication " + publicationId + " is " + confidentiality + ", or has a document that could not be cleaned; it can only be published as a redacted version (POST .../redacted with the redacted PDF and the Woo ground of each redaction).");
    }
}
