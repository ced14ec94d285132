package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.meeting.VoteSubject;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Record a vote (stemming) per member. For a PROPOSAL the agenda item and proposal are named here; for an
 * AMENDMENT or MOTION {@code subjectId} names it and the item and proposal are its own.
 *
 * @param notParticipating members personally concerned (Gemeentewet art. 28), who do not vote
 */
public record HoldVote(@TargetAggregateIdentifier String meetingId, String voteId, VoteSubject subject,
                       String subjectId, String agendaItemId, ProposalId proposalId, List<Ballot> ballots,
                       List<String> notParticipating, Caller caller) implements CallerCommand {

    public HoldVote {
        ballots = ballots == null ? List.of() : List.copyOf(ballots);
        notParticipating = notParticipating == null ? List.of() : List.copyOf(notParticipating);
    }

    VoteTarget target() {
        return new VoteTarget(subject, subjectId, agendaItemId, proposalId);
    }
}
