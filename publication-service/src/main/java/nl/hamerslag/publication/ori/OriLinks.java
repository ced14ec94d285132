package nl.hamerslag.publication.ori;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/**
 * The absolute addresses ORI records carry, on the public site's base (the gateway): resources,
 * the citizens' pages (webpaginaLink) and the public document downloads.
 */
@Component
public class OriLinks {

    public static final String API = "/api/public/ori/v1";

    private final String base;

    OriLinks(@Value("${hamerslag.publication.public-site.base-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String api() {
        return base + API;
    }

    public String resource(OriResourceType type, String id) {
        return api() + "/" + type.collection() + "/" + id;
    }

    String publicationPage(Object publicationId) {
        return base + "/openbaar/publicaties/" + publicationId;
    }

    String meetingPage(String meetingId) {
        return base + "/openbaar/vergaderingen/" + UriUtils.encodePathSegment(meetingId, StandardCharsets.UTF_8);
    }

    String document(String sha256) {
        return base + "/api/public/documents/" + sha256;
    }
}
