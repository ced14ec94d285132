package nl.hamerslag.followup.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** An item is worked on by its department, or by the secretariat, the griffie or the college. */
public class NotAWorkerOnTheItem extends RuleViolation {
    public NotAWorkerOnTheItem(String itemId) {
        super(Kind.FORBIDDEN, "You may not work on item " + itemId + ": only its department, the secretariat, the griffie or the college may.");
    }
}
