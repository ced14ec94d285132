package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A meeting decided on the proposal's agenda item. */
public record RecordDecision(@TargetAggregateIdentifier ProposalId proposalId, String decisionId, String meetingId,
                             DecidingBody body, DecisionOutcome outcome, ContentHash version, Instant decidedAt,
                             DecidingBody nextBody) {
}
