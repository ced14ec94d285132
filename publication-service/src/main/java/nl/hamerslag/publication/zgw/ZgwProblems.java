package nl.hamerslag.publication.zgw;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The ZGW APIs' refusals in ZGW's error format. The platform's problem+json already has {@code type},
 * {@code title}, {@code status}, {@code detail} and {@code instance}; ZGW's {@code Fout} also requires
 * {@code code}, and its {@code ValidatieFout} (400) {@code invalidParams}. Before the platform's advice,
 * for the ZGW controllers only.
 */
@RestControllerAdvice(basePackageClasses = ZgwProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ZgwProblems {

    @ExceptionHandler(ZgwRefusal.class)
    ResponseEntity<ProblemDetail> refused(ZgwRefusal refusal, HttpServletRequest request) {
        HttpStatus status = switch (refusal.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.BAD_REQUEST;
        };
        return problem(status, refusal.code(), refusal.title(), refusal.getMessage(), refusal.invalidParams(), request);
    }

    /** A path or query parameter of the wrong type (a uuid that is none, a page that is no number). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String reason = "'" + e.getName() + "' must be " + ("uuid".equals(e.getName()) ? "a UUID" : "a whole number") + ".";
        return problem(HttpStatus.BAD_REQUEST, "invalid", "Invalid input.", reason,
                List.of(new ZgwRefusal.InvalidParam(e.getName(), "invalid", reason)), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        String reason = "Give the query parameter '" + e.getParameterName() + "'.";
        return problem(HttpStatus.BAD_REQUEST, "required", "Invalid input.", reason,
                List.of(new ZgwRefusal.InvalidParam(e.getParameterName(), "required", reason)), request);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String title, String detail,
                                                         List<ZgwRefusal.InvalidParam> invalidParams,
                                                         HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        if (status == HttpStatus.BAD_REQUEST) {
            problem.setProperty("invalidParams", invalidParams.stream()
                    .map(p -> Map.of("name", p.name(), "code", p.code(), "reason", p.reason())).toList());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
