package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.platform.problem.RuleViolation;

/** A document's bytes are not the bytes the agenda names: no package is compiled from them. */
public class PackageDocumentMismatch extends RuleViolation {

    public PackageDocumentMismatch(int itemNumber, String name, ContentHash expected, ContentHash actual) {
        super(Kind.UNPROCESSABLE, "Document '" + name + "' of agenda item " + itemNumber + " should have SHA-256 "
                + expected.value() + " but the bytes that arrived have " + (actual == null ? "another hash" : actual.value())
                + ". No package version was made. Ask the author to check the document in the proposal; compile again once "
                + "the agenda names the right version.");
    }
}
