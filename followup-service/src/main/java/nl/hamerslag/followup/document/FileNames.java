package nl.hamerslag.followup.document;

/**
 * A file name as stored and offered on download: no path, no control characters, at most 255
 * characters. A name with a path is refused, not cut: the client sent something it should not.
 */
final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    static String sanitise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DocumentRefused.BadName("file: the part has no file name; send it as filename=\"…\".");
        }
        if (raw.contains("/") || raw.contains("\\") || raw.matches("(?s)^[A-Za-z]:.*")) {
            throw new DocumentRefused.BadName("file: the name contains a path; send the file name only.");
        }
        String name = raw.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new DocumentRefused.BadName("file: that is not a usable file name.");
        }
        if (name.length() > MAX_LENGTH) {
            throw new DocumentRefused.BadName("file: the name is " + name.length() + " characters; at most " + MAX_LENGTH + ".");
        }
        return name;
    }
}
