package nl.hamerslag.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import nl.hamerslag.platform.problem.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A POST with an {@code Idempotency-Key} header is processed once per caller and key: a retry gets the first
 * answer again (with {@code Idempotent-Replayed: true}); the same key with another request (method, URI with
 * query string, body) is refused (422); a retry while the first is still running gets 409. Answers of 5xx are
 * not kept, so a retry after our failure is processed afresh. Keys expire after the retention, and a key left
 * in progress by a crash is taken over after the in-progress timeout ({@link IdempotencyProperties}).
 * <p>
 * Runs after Spring Security: the key belongs to the token's subject, and a request is read only once it is
 * known who sends it. A non-multipart body is held in memory to be hashed, so it is bounded (413); an upload is
 * hashed from the parts the container spooled to disk.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyStore store;
    private final ExpiredKeyCleanup cleanup;
    private final ProblemResponses problems;
    private final int maxBodySize;

    IdempotencyFilter(IdempotencyStore store, ExpiredKeyCleanup cleanup, ProblemResponses problems,
                      IdempotencyProperties properties) {
        this.store = store;
        this.cleanup = cleanup;
        this.problems = problems;
        this.maxBodySize = (int) properties.maxBodySize().toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> caller = caller();
        if (caller.isEmpty()) {
            // keys are kept per caller, and an anonymous one (on a public path) has none: not read, not kept
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST,
                    HEADER + " must be 1 to 255 visible ASCII characters, e.g. a UUID.");
            return;
        }
        HttpServletRequest forwarded = request;
        String requestHash;
        if (isMultipart(request)) {
            Optional<Collection<Part>> parts = parts(request);
            if (parts.isEmpty()) {
                // too large or unreadable: the multipart resolver meets the same failure and answers it (413 or
                // 400) before any controller runs, so there is no effect to keep
                chain.doFilter(request, response);
                return;
            }
            requestHash = RequestFingerprint.ofParts(request, parts.get());
        } else {
            Optional<CachedBodyRequest> cached = CachedBodyRequest.read(request, maxBodySize);
            if (cached.isEmpty()) {
                problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "The body is larger than the "
                        + maxBodySize + " bytes a request with an " + HEADER + " may have; send a smaller body, "
                        + "or large content as a multipart upload.");
                return;
            }
            forwarded = cached.get();
            requestHash = RequestFingerprint.of(request, cached.get().body());
        }
        cleanup.runIfDue();
        KeyClaim claim = KeyClaim.newClaim(key, caller.get());
        Optional<StoredResponse> earlier = store.claim(claim, request.getMethod(), RequestFingerprint.uri(request),
                requestHash);
        if (earlier.isPresent()) {
            answerRetry(request, response, earlier.get(), requestHash);
            return;
        }
        process(forwarded, response, chain, claim);
    }

    private void process(HttpServletRequest request, HttpServletResponse response, FilterChain chain, KeyClaim claim)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, wrapper);
            if (wrapper.getStatus() < 500) {
                kept = store.complete(claim, wrapper.getStatus(), wrapper.getContentType(),
                        wrapper.getHeader(HttpHeaders.LOCATION), wrapper.getContentAsByteArray());
                if (!kept) {
                    log.warn("The answer to {} with {} {} was not kept: a retry took the key over after "
                            + "hamerslag.idempotency.in-progress-timeout. Raise that timeout above the time this "
                            + "request takes.", request.getRequestURI(), HEADER, claim.key());
                }
            }
        } finally {
            if (!kept) {
                store.release(claim);
            }
            wrapper.copyBodyToResponse();
        }
    }

    private void answerRetry(HttpServletRequest request, HttpServletResponse response, StoredResponse earlier,
                             String requestHash) throws IOException {
        if (!earlier.requestHash().equals(requestHash)) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "This " + HEADER
                    + " was already used for a different request (method, URI with query string, or body); "
                    + "use a new key for a new request.");
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

    /**
     * The container parses the upload (within spring.servlet.multipart limits, spooling parts to disk) and keeps
     * the parts, so the controller's multipart resolver gets the same parts without a second read.
     */
    private static Optional<Collection<Part>> parts(HttpServletRequest request) {
        try {
            return Optional.of(request.getParts());
        } catch (IOException | ServletException | IllegalStateException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The token's subject; empty for a request without an authenticated caller. */
    private static Optional<String> caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }
}
