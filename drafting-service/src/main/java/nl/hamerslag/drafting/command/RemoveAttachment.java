package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take an attachment out of the proposal's next version. */
public record RemoveAttachment(@TargetAggregateIdentifier ProposalId proposalId, String attachmentId, Caller caller)
        implements CallerCommand {
}
