package nl.hamerslag.publication.zgw;

import jakarta.servlet.http.HttpServletRequest;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The absolute URLs ZGW resources carry ({@code url}, {@code besluit}, {@code informatieobject},
 * {@code inhoud}, paging links), addressed where the client called: the {@code Host} the client sent,
 * which the gateway's ZGW route passes on unchanged ({@code PreserveHostHeader}), or the
 * {@code X-Forwarded-Proto}/{@code -Host} of a proxy in front where one sets them. A value that is not a
 * plain scheme or host[:port] is ignored rather than copied into a URL.
 */
record ZgwUrls(String origin) {

    static final String BESLUITEN = "/zgw/besluiten/api/v1";
    static final String DOCUMENTEN = "/zgw/documenten/api/v1";

    private static final Pattern SCHEME = Pattern.compile("https?");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](:[0-9]{1,5})?");

    static ZgwUrls of(HttpServletRequest request) {
        String scheme = first(request.getHeader("X-Forwarded-Proto"));
        String host = first(request.getHeader("X-Forwarded-Host"));
        if (scheme == null || !SCHEME.matcher(scheme).matches()) {
            scheme = request.getScheme();
        }
        if (host == null || !HOST.matcher(host).matches()) {
            host = request.getServerName() + ":" + request.getServerPort();
            if (!HOST.matcher(host).matches()) {
                host = "localhost:" + request.getLocalPort();
            }
        }
        return new ZgwUrls(scheme + "://" + host);
    }

    /** The first of a comma-separated list (a request through several proxies); null when absent. */
    private static String first(String header) {
        if (header == null) {
            return null;
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).strip();
    }

    String besluit(UUID uuid) {
        return origin + BESLUITEN + "/besluiten/" + uuid;
    }

    String besluitinformatieobject(UUID uuid) {
        return origin + BESLUITEN + "/besluitinformatieobjecten/" + uuid;
    }

    String informatieobject(UUID uuid) {
        return origin + DOCUMENTEN + "/enkelvoudiginformatieobjecten/" + uuid;
    }

    String download(UUID uuid) {
        return informatieobject(uuid) + "/download";
    }

    /** A page of a list at {@code path} with the query it was asked with ({@code query} already encoded, or empty). */
    String page(String path, String query, long page) {
        return origin + path + "?" + (query.isEmpty() ? "" : query + "&") + "page=" + page;
    }
}
