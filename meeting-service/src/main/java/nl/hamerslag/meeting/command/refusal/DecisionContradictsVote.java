package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.contracts.meeting.VoteResult;
import nl.hamerslag.platform.problem.RuleViolation;

import java.util.Set;

/** A decision on an item follows the vote on its proposal: adopted, rejected, or postponed after a tie. */
public class DecisionContradictsVote extends RuleViolation {
    public DecisionContradictsVote(String agendaItemId, VoteResult result, DecisionOutcome outcome, Set<DecisionOutcome> allowed) {
        super(Kind.CONFLICT, "The proposal of agenda item " + agendaItemId + " was voted " + result + "; the decision cannot be " + outcome + ". Record it as one of " + allowed + ".");
    }
}
