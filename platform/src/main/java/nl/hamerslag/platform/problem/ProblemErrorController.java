package nl.hamerslag.platform.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Answers what reaches the servlet container's error page as problem+json, like every other
 * refusal, instead of Boot's own JSON: a request Tomcat refused (a malformed URL, an oversized
 * header), a {@code sendError} from a filter, an exception no advice saw. A client that asks for
 * {@code /error} itself finds nothing there (404), rather than the 500 Boot would report.
 */
@RestController
@Hidden
public class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:${error.path:/error}}", produces = MediaType.ALL_VALUE)
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && !path.isEmpty() && path.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            problem.setInstance(URI.create(path));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request could not be read; check the URL (percent-encoded UTF-8), "
                    + "the headers and the body.";
            case NOT_FOUND -> "There is nothing at this address; check the path.";
            case METHOD_NOT_ALLOWED -> "This address does not accept this method.";
            case CONTENT_TOO_LARGE -> "The request is larger than this service accepts; send less.";
            case REQUEST_HEADER_FIELDS_TOO_LARGE, URI_TOO_LONG ->
                    "The URL or the headers are too long; send long values in the body.";
            default -> status.is5xxServerError() ? "Something went wrong on our side; it has been logged."
                    : "The request was refused (" + status.getReasonPhrase() + ").";
        };
    }
}
