package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.drafting.AttachmentKind;

/** An attachment no longer belongs to the proposal's next version; earlier versions keep it. */
public record AttachmentRemoved(ProposalId proposalId, String attachmentId, AttachmentKind kind, Actor by) {
}
