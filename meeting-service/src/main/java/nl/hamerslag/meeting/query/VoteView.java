package nl.hamerslag.meeting.query;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.meeting.GroupResult;
import nl.hamerslag.contracts.meeting.MemberVote;
import nl.hamerslag.contracts.meeting.VoteHeld;
import nl.hamerslag.contracts.meeting.VoteResult;
import nl.hamerslag.contracts.meeting.VoteSubject;

import java.time.Instant;
import java.util.List;

/** A vote (stemming) as held: per member, per party group and overall. */
public record VoteView(String voteId, String meetingId, VoteSubject subject, String subjectId, String agendaItemId,
                       ProposalId proposalId, boolean withoutVote, List<MemberVote> votes, List<String> recordedAgainst,
                       List<String> absent, List<String> notParticipating, List<GroupResult> perGroup, int votesFor,
                       int votesAgainst, VoteResult result, Instant heldAt) {

    static VoteView of(VoteHeld vote, Instant heldAt) {
        return new VoteView(vote.voteId(), vote.meetingId(), vote.subject(), vote.subjectId(), vote.agendaItemId(),
                vote.proposalId(), vote.withoutVote(), vote.votes(), vote.recordedAgainst(), vote.absent(),
                vote.notParticipating(), vote.perGroup(), vote.votesFor(), vote.votesAgainst(), vote.result(), heldAt);
    }
}
