package nl.hamerslag.followup.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** An item is settled with a letter or an answer: without a proposed settlement there is nothing to accept. */
public class SettlementDocumentMissing extends RuleViolation {
    public SettlementDocumentMissing(String itemId) {
        super(Kind.CONFLICT, "Item " + itemId + " has no proposed settlement; upload the letter or answer first (POST .../settlement).");
    }
}
