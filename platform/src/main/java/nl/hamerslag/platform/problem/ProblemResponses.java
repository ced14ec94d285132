package nl.hamerslag.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Writes an RFC 9457 problem+json where no controller advice reaches (security filters, other filters). A 401
 * and a 403 also carry the {@code code} the ZGW APIs' error format requires ({@code not_authenticated},
 * {@code permission_denied}): the filters answer before any controller knows the request is a ZGW one, and
 * the extra member is harmless to every other client.
 */
public class ProblemResponses {

    private final JsonMapper jsonMapper;

    public ProblemResponses(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    private static Optional<String> code(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> Optional.of("not_authenticated");
            case FORBIDDEN -> Optional.of("permission_denied");
            default -> Optional.empty();
        };
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        code(status).ifPresent(code -> problem.setProperty("code", code));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
