package nl.hamerslag.approval.command.refusal;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.platform.problem.RuleViolation;

/** Signing an old version is refused: the signatory reviewed another version than the route is about. */
public class NotTheVersionUnderReview extends RuleViolation {

    public NotTheVersionUnderReview(ContentHash reviewed, ContentHash underReview) {
        super(Kind.CONFLICT, "You reviewed version " + reviewed + ", but this route is about version " + underReview
                + "; review that version and act again.");
    }
}
