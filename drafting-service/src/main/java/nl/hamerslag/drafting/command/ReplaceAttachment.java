package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A new version of an attachment that is already there. */
public record ReplaceAttachment(@TargetAggregateIdentifier ProposalId proposalId, String attachmentId,
                                AttachmentFile file, Caller caller) implements CallerCommand {
}
