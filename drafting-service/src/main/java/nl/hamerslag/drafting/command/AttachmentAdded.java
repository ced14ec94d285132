package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.drafting.AttachmentKind;

/** A main document or bijlage was added; its first revision. */
public record AttachmentAdded(ProposalId proposalId, String attachmentId, AttachmentKind kind, AttachmentFile file,
                              Actor by) {
}
