package nl.hamerslag.publication.zgw;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A filter that names a resource by its URL ({@code besluit}, {@code informatieobject}): the uuid at the
 * end of one of our own URLs, whatever host the caller used to reach us.
 */
final class ZgwReferences {

    private static final Pattern TAIL = Pattern.compile(".*/([0-9a-fA-F-]{36})/?");

    private ZgwReferences() {
    }

    /** The uuid of {@code url} if it is a URL of ours under {@code collection}; a 400 naming {@code parameter} if not. */
    static UUID uuid(String parameter, String url, String collection) {
        Matcher tail = TAIL.matcher(url);
        if (url.contains(collection + "/") && tail.matches()) {
            try {
                return UUID.fromString(tail.group(1));
            } catch (IllegalArgumentException notAUuid) {
                throw ZgwRefusal.invalid(parameter, "'" + parameter + "' must be the url of a resource, ending in its "
                        + "uuid.", notAUuid);
            }
        }
        throw ZgwRefusal.invalid(parameter, "'" + parameter + "' must be the url of one of our " + collection
                + ", as its 'url' field gives it.");
    }
}
