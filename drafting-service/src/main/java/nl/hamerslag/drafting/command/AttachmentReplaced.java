package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.drafting.AttachmentKind;

/** A new revision of an attachment replaced {@code previous}; the old bytes stay in the content store. */
public record AttachmentReplaced(ProposalId proposalId, String attachmentId, AttachmentKind kind, AttachmentFile file,
                                 int revision, ContentHash previous, Actor by) {
}
