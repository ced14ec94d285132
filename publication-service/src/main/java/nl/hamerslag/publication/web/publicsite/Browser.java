package nl.hamerslag.publication.web.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * Whether a refusal on a public page goes to a person's browser (an HTML page in Dutch) or to a
 * program (problem+json, as everywhere in Hamerslag). Browsers name text/html in Accept; curl and
 * API clients send {@code *}{@code /*} or JSON, and get the problem.
 */
final class Browser {

    private Browser() {
    }

    static boolean asks(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html") && request.getRequestURI().startsWith("/openbaar");
    }
}
