package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** An amendment changes the proposal of an agenda item. */
public class AmendmentNeedsAProposal extends RuleViolation {
    public AmendmentNeedsAProposal() {
        super(Kind.INVALID, "An amendment amends a proposal: name the agendaItemId and proposalId of the item it amends.");
    }
}
