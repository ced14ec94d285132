package nl.hamerslag.followup.document;

import nl.hamerslag.platform.problem.RuleViolation;

import java.util.List;

/** Why an upload cannot be a settlement document. */
public abstract class DocumentRefused extends RuleViolation {

    DocumentRefused(Kind kind, String message) {
        super(kind, message);
    }

    /** No bytes. */
    public static final class Empty extends DocumentRefused {
        Empty() {
            super(Kind.INVALID, "file: the document is empty; upload the letter or answer itself.");
        }
    }

    /** Larger than hamerslag.followup.document-max-size. */
    public static final class TooLarge extends DocumentRefused {
        TooLarge(long size, long max) {
            super(Kind.TOO_LARGE, "file: the document is " + size + " bytes; at most " + max + " bytes are accepted.");
        }
    }

    /** The bytes are not of a type a settlement document may have. */
    public static final class TypeNotAccepted extends DocumentRefused {
        TypeNotAccepted(String detected, List<String> accepted) {
            super(Kind.UNSUPPORTED_MEDIA_TYPE, "file: the bytes are " + detected + "; a settlement document is one of "
                    + accepted + ".");
        }
    }
}
