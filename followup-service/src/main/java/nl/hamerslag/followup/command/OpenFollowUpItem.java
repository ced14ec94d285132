package nl.hamerslag.followup.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.followup.FollowUpKind;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Open an item for a follow-up action, a commitment or an adopted motion, from the meeting's event. */
public record OpenFollowUpItem(@TargetAggregateIdentifier String itemId, FollowUpKind kind, String meetingId,
                               String decisionId, String commitmentId, String motionId, ProposalId proposalId,
                               String text, String portfolioHolder, String department, LocalDate deadline,
                               Caller caller) implements CallerCommand {
}
