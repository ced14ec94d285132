package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Record a commitment (toezegging) made by a member of the college in the meeting.
 *
 * @param madeBy          the memberId of the alderman or mayor who made it
 * @param portfolioHolder the portfolio holder responsible; null for the one who made it
 * @param madeTo          to whom: the council, a committee, a party group or a member
 */
public record MakeCommitment(@TargetAggregateIdentifier String meetingId, String commitmentId, String agendaItemId,
                             ProposalId proposalId, String text, String madeBy, String portfolioHolder,
                             String madeTo, LocalDate deadline, Caller caller) implements CallerCommand {
}
