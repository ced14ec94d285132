package nl.hamerslag.platform.documents;

import nl.hamerslag.platform.problem.RuleViolation;

/**
 * A file name as it is stored and offered on download: no path, no control, line-separator or
 * bidirectional-control characters, at most 255 characters. A name with a path is refused, not cut:
 * the client sent something it should not. A refusal does not repeat the name it refuses, so a
 * hostile name never travels back in a problem's detail.
 */
public final class FileNames {

    /** The longest name kept; the events that carry a name are bounded by it. */
    public static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    public static String sanitise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidFileName("file: the part has no file name; send it as filename=\"…\".");
        }
        if (raw.contains("/") || raw.contains("\\") || raw.matches("(?s)^[A-Za-z]:.*")) {
            throw new InvalidFileName("file: the name contains a path; send the file name only.");
        }
        String name = raw.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new InvalidFileName("file: that is not a usable file name.");
        }
        if (name.length() > MAX_LENGTH) {
            throw new InvalidFileName("file: the name is " + name.length() + " characters; at most " + MAX_LENGTH + ".");
        }
        return name;
    }

    /** The file name cannot be used. */
    public static final class InvalidFileName extends RuleViolation {
        InvalidFileName(String message) {
            super(Kind.INVALID, message);
        }
    }
}
