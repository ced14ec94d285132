package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The proposal's agenda item was withdrawn from the agenda, or its meeting cancelled, before a decision. */
public record MarkUnscheduled(@TargetAggregateIdentifier ProposalId proposalId, String meetingId, DecidingBody body,
                              String agendaItemId, String reason) {
}
