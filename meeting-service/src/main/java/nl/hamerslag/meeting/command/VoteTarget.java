package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.meeting.VoteSubject;

/** What a vote is about: a proposal's agenda item, or an amendment or motion (by its id) and the item it belongs to. */
record VoteTarget(VoteSubject subject, String subjectId, String agendaItemId, ProposalId proposalId) {
}
