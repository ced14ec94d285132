package nl.hamerslag.followup.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Commitments and motions are settled by the griffie (the council agrees); actions and questions by a manager of the item's department. */
public class NotTheSettler extends RuleViolation {
    public NotTheSettler(String itemId, String who) {
        super(Kind.FORBIDDEN, "Item " + itemId + " is settled by " + who + "; ask them to accept or reject the settlement.");
    }
}
