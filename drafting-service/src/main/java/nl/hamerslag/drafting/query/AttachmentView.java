package nl.hamerslag.drafting.query;

import nl.hamerslag.contracts.drafting.AttachmentKind;

/** An attachment of a proposal: the current revision, or as it was in a submitted version. */
public record AttachmentView(String id, AttachmentKind kind, String name, String mediaType, long size, String sha256,
                             Integer revision) {
}
