package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.meeting.VoteSubject;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Adopt without a vote (zonder stemming, bij hamerslag): every present member counts as FOR, except the
 * members who want it recorded that they are against.
 */
public record AdoptWithoutVote(@TargetAggregateIdentifier String meetingId, String voteId, VoteSubject subject,
                               String subjectId, String agendaItemId, ProposalId proposalId,
                               List<String> recordedAgainst, List<String> notParticipating, Caller caller)
        implements CallerCommand {

    public AdoptWithoutVote {
        recordedAgainst = recordedAgainst == null ? List.of() : List.copyOf(recordedAgainst);
        notParticipating = notParticipating == null ? List.of() : List.copyOf(notParticipating);
    }

    VoteTarget target() {
        return new VoteTarget(subject, subjectId, agendaItemId, proposalId);
    }
}
