package nl.hamerslag.followup.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** The action needs the item in another state. */
public class ItemNotInState extends RuleViolation {
    public ItemNotInState(String itemId, Object state, String needed) {
        super(Kind.CONFLICT, "Item " + itemId + " is " + state + "; this needs it " + needed + ".");
    }
}
