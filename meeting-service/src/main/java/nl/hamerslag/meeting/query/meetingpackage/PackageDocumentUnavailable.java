package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.ContentHash;

/**
 * A document could not be fetched from its owner: nothing was compiled. Not a rule a caller broke
 * (so not a RuleViolation) but a service that did not answer; the web layer says 503, try again later.
 */
public class PackageDocumentUnavailable extends RuntimeException {

    public PackageDocumentUnavailable(int itemNumber, String name, ContentHash sha256, Throwable cause) {
        super("Document '" + name + "' of agenda item " + itemNumber + " (SHA-256 " + sha256.value()
                + ") cannot be fetched from drafting now. No package version was made; try again later.", cause);
    }
}
