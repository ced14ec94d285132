package nl.hamerslag.followup.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Nobody settles their own work: who proposed a settlement may not accept it. */
public class OwnSettlementNotAcceptable extends RuleViolation {
    public OwnSettlementNotAcceptable(String itemId) {
        super(Kind.FORBIDDEN, "You proposed the settlement of item " + itemId + "; someone else with the settling role must accept or reject it.");
    }
}
