package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.meeting.DecisionOutcome;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A meeting of {@code body} decided on the proposal. Where that leaves the proposal is
 * {@link #resultingStatus()}: one rule, used by the aggregate and the view alike.
 */
public record DecisionRecorded(ProposalId proposalId, String decisionId, String meetingId, DecidingBody body,
                               DecisionOutcome outcome, ContentHash version, Instant decidedAt,
                               DecidingBody nextBody) {

    private static final Set<DecisionOutcome> ADOPTED = EnumSet.of(DecisionOutcome.AS_PROPOSED, DecisionOutcome.AMENDED);

    /**
     * Aangehouden: ready to be scheduled again. Adopted with a next body (a college decision on a
     * council proposal): ready for that body. Anything else is final, a body's "teruggetrokken"
     * included: that is the body's decision, not the author's withdrawal.
     */
    public ProposalStatus resultingStatus() {
        if (outcome == DecisionOutcome.POSTPONED || movesOn()) {
            return ProposalStatus.APPROVED;
        }
        return ProposalStatus.DECIDED;
    }

    /** The proposal goes on to {@link #nextBody()} with the same version. */
    public boolean movesOn() {
        return nextBody != null && ADOPTED.contains(outcome);
    }
}
