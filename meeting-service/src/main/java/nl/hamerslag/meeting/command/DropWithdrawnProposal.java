package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.ProposalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Drafting withdrew a proposal (ProposalWithdrawn) that is on this meeting's agenda: its item leaves
 * the agenda, with the author's or manager's reason. Not a person's command: the inbox records the
 * incoming event as its cause.
 */
public record DropWithdrawnProposal(@TargetAggregateIdentifier String meetingId, ProposalId proposalId, String reason) {
}
