package nl.hamerslag.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.platform.problem.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A POST with an {@code Idempotency-Key} header is processed once per caller and key: a retry
 * gets the first answer again (with {@code Idempotent-Replayed: true}); the same key with another
 * request is refused (422); a retry while the first is still running gets 409. Answers of 5xx are
 * not kept, so a retry after our failure is processed afresh. A JSON body is compared by its hash;
 * a multipart upload by its length, so that it still streams.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final ProblemResponses problems;

    IdempotencyFilter(IdempotencyStore store, ProblemResponses problems) {
        this.store = store;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST,
                    HEADER + " must be 1 to 255 visible ASCII characters, e.g. a UUID.");
            return;
        }
        HttpServletRequest forwarded;
        String bodyFingerprint;
        if (isMultipart(request)) {
            // an upload may be tens of megabytes and must stream: its length stands for its body (the
            // multipart boundary differs on every retry, so the raw bytes could not be compared anyway)
            forwarded = request;
            bodyFingerprint = "multipart:" + request.getContentLengthLong();
        } else {
            CachedBodyRequest cached = CachedBodyRequest.of(request);
            forwarded = cached;
            bodyFingerprint = ContentHash.sha256(cached.body()).value();
        }
        String caller = caller();
        String requestHash = ContentHash.sha256(request.getMethod() + " " + request.getRequestURI() + "\n"
                + bodyFingerprint).value();
        Optional<StoredResponse> earlier = store.claim(key, caller, request.getMethod(), request.getRequestURI(), requestHash);
        if (earlier.isPresent()) {
            answerRetry(request, response, earlier.get(), requestHash);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(forwarded, wrapper);
            if (wrapper.getStatus() < 500) {
                store.complete(key, caller, wrapper.getStatus(), wrapper.getContentType(),
                        wrapper.getHeader(HttpHeaders.LOCATION), wrapper.getContentAsByteArray());
                kept = true;
            }
        } finally {
            if (!kept) {
                store.release(key, caller);
            }
            wrapper.copyBodyToResponse();
        }
    }

    private void answerRetry(HttpServletRequest request, HttpServletResponse response, StoredResponse earlier,
                             String requestHash) throws IOException {
        if (!earlier.requestHash().equals(requestHash)) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "This " + HEADER
                    + " was already used for a different request; use a new key for a new request.");
        } else if (!earlier.completed()) {
            problems.write(request, response, HttpStatus.CONFLICT,
                    "The first request with this " + HEADER + " is still being processed; retry in a moment.");
        } else {
            response.setStatus(earlier.status());
            response.setHeader(REPLAYED_HEADER, "true");
            if (earlier.contentType() != null) {
                response.setContentType(earlier.contentType());
            }
            if (earlier.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, earlier.location());
            }
            if (earlier.body() != null) {
                response.getOutputStream().write(earlier.body());
            }
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }
}
