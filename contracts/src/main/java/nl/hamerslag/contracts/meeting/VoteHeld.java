package nl.hamerslag.contracts.meeting;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

import java.util.List;

/**
 * Stemming: a vote on a proposal, an amendment or a motion. Without a vote ({@code withoutVote},
 * zonder stemming) every present member counts as FOR except those in {@code recordedAgainst}.
 *
 * @param proposalId       the proposal the vote is about or under; null for a motion on no proposal
 * @param absent           members not present
 * @param notParticipating members personally concerned (Gemeentewet art. 28), who do not vote
 */
public record VoteHeld(String meetingId, String voteId, ProposalId proposalId, String agendaItemId,
                       VoteSubject subject, String subjectId, boolean withoutVote, List<MemberVote> votes,
                       List<String> recordedAgainst, List<String> absent, List<String> notParticipating,
                       List<GroupResult> perGroup, int votesFor, int votesAgainst, VoteResult result)
        implements IntegrationEvent {

    public VoteHeld {
        votes = List.copyOf(votes);
        recordedAgainst = List.copyOf(recordedAgainst);
        absent = List.copyOf(absent);
        notParticipating = List.copyOf(notParticipating);
        perGroup = List.copyOf(perGroup);
    }

    @Override
    public String partitionKey() {
        return proposalId == null ? meetingId : proposalId.toString();
    }
}
