package nl.hamerslag.contracts.drafting;

import nl.hamerslag.contracts.ContentHash;

import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * What exactly was submitted: the hash of the proposal's fields and every attachment's hash. The
 * proposal's version is the hash of this manifest, so a signature on a version covers every byte.
 *
 * @param fields      SHA-256 of the canonical form of the proposal's fields
 * @param attachments the attachments at submission, main document first
 */
public record Manifest(ContentHash fields, List<Entry> attachments) {

    public Manifest {
        attachments = List.copyOf(attachments);
    }

    /** One attachment as submitted. */
    public record Entry(String attachmentId, AttachmentKind kind, String name, String mediaType, long size,
                        ContentHash sha256) {
    }

    /** The version: SHA-256 over the fields' hash and the attachments in a fixed order. */
    public ContentHash version() {
        StringJoiner canonical = new StringJoiner("\n").add("fields=" + fields.value());
        attachments.stream()
                .sorted(Comparator.comparing(Entry::kind).thenComparing(Entry::attachmentId))
                .forEach(a -> canonical.add(a.kind() + " " + a.attachmentId() + " " + a.sha256().value()
                        + " " + a.size() + " " + a.mediaType() + " " + a.name()));
        return ContentHash.sha256(canonical.toString());
    }
}
