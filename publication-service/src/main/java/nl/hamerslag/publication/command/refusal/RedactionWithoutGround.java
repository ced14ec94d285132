package nl.hamerslag.publication.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Every redaction names its Woo ground (art. 5.1 or 5.2). */
public class RedactionWithoutGround extends RuleViolation {
    public RedactionWithoutGround(int index, String given) {
        super(Kind.INVALID, "redactions[" + index + "].ground: " + (given == null || given.isBlank() ? "missing" : "'" + given + "' is not a ground of the Woo") + "; name the ground of art. 5.1 or 5.2 that withholds it, one of " + nl.hamerslag.publication.command.WooGround.codes() + ".");
    }
}
