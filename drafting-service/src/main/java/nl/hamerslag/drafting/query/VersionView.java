package nl.hamerslag.drafting.query;

import java.time.Instant;
import java.util.List;

/** A submitted manifest: the frozen fields' hash and every attachment as it was submitted. */
public record VersionView(int number, String version, String fieldsHash, String title, String submittedBy,
                          Instant submittedAt, List<AttachmentView> attachments) {
}
