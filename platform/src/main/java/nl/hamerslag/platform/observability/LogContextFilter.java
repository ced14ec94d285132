package nl.hamerslag.platform.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import nl.hamerslag.identity.CorrelationId;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Every log line of a request names who asked ({@link LogFields#ACTOR}: the token's subject) and the
 * request's correlation id. Runs after Spring Security, so the token is known. The id is fixed here
 * once, and the request's {@code X-Correlation-Id} header reads as that id from here on, so that the
 * commands of this request store the same id the log lines show (without a header, each would
 * otherwise make its own).
 */
class LogContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = CorrelationId.acceptOrMake(request.getHeader(CorrelationId.HEADER));
        try (MDC.MDCCloseable correlation = MDC.putCloseable(LogFields.CORRELATION_ID, correlationId);
             MDC.MDCCloseable actor = MDC.putCloseable(LogFields.ACTOR, actor())) {
            chain.doFilter(new Correlated(request, correlationId), response);
        }
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return "anonymous";
        }
        return authentication.getName();
    }

    /** The request as the rest of the chain sees it: its correlation id is the one in the log lines. */
    private static final class Correlated extends HttpServletRequestWrapper {

        private final String correlationId;

        Correlated(HttpServletRequest request, String correlationId) {
            super(request);
            this.correlationId = correlationId;
        }

        @Override
        public String getHeader(String name) {
            return CorrelationId.HEADER.equalsIgnoreCase(name) ? correlationId : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return CorrelationId.HEADER.equalsIgnoreCase(name)
                    ? Collections.enumeration(java.util.List.of(correlationId)) : super.getHeaders(name);
        }
    }
}
