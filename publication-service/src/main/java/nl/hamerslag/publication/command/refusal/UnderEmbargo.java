package nl.hamerslag.publication.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

import java.time.Instant;

/** An embargoed publication goes public when the embargo ends, not earlier. */
public class UnderEmbargo extends RuleViolation {
    public UnderEmbargo(String publicationId, Instant until) {
        super(Kind.CONFLICT, "Publication " + publicationId + " is under embargo until " + until + "; it goes public then by itself.");
    }
}
