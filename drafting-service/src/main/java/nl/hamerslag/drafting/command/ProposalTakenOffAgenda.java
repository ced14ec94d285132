package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;

/** Van de agenda gehaald: no longer an agenda item of that meeting; approved, ready to be scheduled again. */
public record ProposalTakenOffAgenda(ProposalId proposalId, String meetingId, DecidingBody body, String agendaItemId,
                                     String reason) {
}
