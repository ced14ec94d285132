package nl.hamerslag.contracts.meeting;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

/**
 * Van de agenda gehaald: the proposal's agenda item was withdrawn from the agenda, or its meeting
 * cancelled, before a decision; the proposal is ready to be scheduled again.
 */
public record ProposalUnscheduled(ProposalId proposalId, String meetingId, DecidingBody body, String agendaItemId,
                                  String reason) implements IntegrationEvent {
}
