package nl.hamerslag.publication.ori.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opaque cursor of the feed and the snapshot: the epoch it belongs to and where to go on from
 * (a sequence number; for the snapshot the last resource's type and id). Base64url, so a reader copies
 * it and never builds one.
 */
record OriCursor(int epoch, long sequenceNumber, String type, String id) {

    private static final Pattern FEED = Pattern.compile("f(\\d{1,9}):(\\d{1,18})");
    private static final Pattern SNAPSHOT = Pattern.compile("s(\\d{1,9}):([A-Z_]{1,30}):([A-Za-z0-9._-]{1,40})");

    static OriCursor feed(int epoch, long sequenceNumber) {
        return new OriCursor(epoch, sequenceNumber, null, null);
    }

    static OriCursor snapshot(int epoch, String type, String id) {
        return new OriCursor(epoch, 0, type, id);
    }

    String encode() {
        String plain = type == null ? "f" + epoch + ":" + sequenceNumber : "s" + epoch + ":" + type + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static OriCursor decodeFeed(String cursor) {
        Matcher m = FEED.matcher(decode(cursor, "feed"));
        if (!m.matches()) {
            throw invalid("feed");
        }
        return feed(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)));
    }

    static OriCursor decodeSnapshot(String cursor) {
        Matcher m = SNAPSHOT.matcher(decode(cursor, "snapshot"));
        if (!m.matches()) {
            throw invalid("snapshot");
        }
        return snapshot(Integer.parseInt(m.group(1)), m.group(2), m.group(3));
    }

    private static String decode(String cursor, String what) {
        if (cursor.length() > 200) {
            throw invalid(what);
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(what);
        }
    }

    private static InvalidOriRequest invalid(String what) {
        return new InvalidOriRequest("cursor: send the cursor of an earlier " + what + " page exactly as it was "
                + "given, or leave it out to start at the beginning.");
    }
}
