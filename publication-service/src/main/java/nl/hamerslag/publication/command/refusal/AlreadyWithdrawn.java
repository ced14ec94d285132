package nl.hamerslag.publication.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A publication is withdrawn once. */
public class AlreadyWithdrawn extends RuleViolation {
    public AlreadyWithdrawn(String publicationId) {
        super(Kind.CONFLICT, "Publication " + publicationId + " is already withdrawn; a withdrawn publication stays withdrawn.");
    }
}
