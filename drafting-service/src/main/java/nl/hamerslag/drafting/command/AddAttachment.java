package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.drafting.AttachmentKind;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add the main document or a bijlage. */
public record AddAttachment(@TargetAggregateIdentifier ProposalId proposalId, String attachmentId, AttachmentKind kind,
                            AttachmentFile file, Caller caller) implements CallerCommand {
}
