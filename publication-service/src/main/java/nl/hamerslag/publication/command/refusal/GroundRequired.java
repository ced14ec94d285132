package nl.hamerslag.publication.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A refusal to publish cites the Woo ground. */
public class GroundRequired extends RuleViolation {
    public GroundRequired(String given) {
        super(Kind.INVALID, "ground: " + (given == null || given.isBlank() ? "missing" : "'" + given + "' is not a ground of the Woo") + "; refuse on a ground of art. 5.1 or 5.2, one of " + nl.hamerslag.publication.command.WooGround.codes() + ".");
    }
}
