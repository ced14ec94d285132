package nl.hamerslag.publication.web.publicsite;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** A rendered page as an answer: UTF-8 HTML, revalidated on every visit so that a withdrawal shows at once. */
final class Html {

    static final MediaType TEXT_HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private Html() {
    }

    static ResponseEntity<String> ok(String html) {
        return status(HttpStatus.OK, html);
    }

    static ResponseEntity<String> status(HttpStatus status, String html) {
        return ResponseEntity.status(status).contentType(TEXT_HTML).cacheControl(CacheControl.noCache()).body(html);
    }
}
