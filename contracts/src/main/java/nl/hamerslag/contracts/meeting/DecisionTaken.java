package nl.hamerslag.contracts.meeting;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

import java.time.Instant;

/**
 * Besluit: the meeting decided on the proposal's agenda item. For a college decision on a council
 * proposal {@code nextBody} names the body it goes to next (committee, then council); otherwise null.
 *
 * @param version the proposal version the decision is about
 */
public record DecisionTaken(ProposalId proposalId, String decisionId, String meetingId, DecidingBody body,
                            DecisionOutcome outcome, ContentHash version, Instant decidedAt, DecidingBody nextBody)
        implements IntegrationEvent {
}
