package nl.hamerslag.platform.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.Collections;
import java.util.List;

/**
 * A change is made only for a client that can read the answer. Services answer a change in JSON
 * (or not at all); without this, a POST with {@code Accept: text/html} was carried out and then
 * answered 406, so the client saw a refusal of something that had happened. Reads are left to
 * Spring's negotiation: a download answers in its own media type and changes nothing.
 */
class UnreadableAnswerInterceptor implements HandlerInterceptor {

    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        HttpMethod method = HttpMethod.valueOf(request.getMethod());
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                || request.getHeader(HttpHeaders.ACCEPT) == null) {
            return true;
        }
        List<MediaType> accepted = MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        if (accepted.stream().noneMatch(type -> ANSWERS.stream().anyMatch(type::isCompatibleWith))) {
            throw new HttpMediaTypeNotAcceptableException(ANSWERS);
        }
        return true;
    }
}
