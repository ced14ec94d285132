package nl.hamerslag.platform.problem;

import jakarta.validation.ConstraintViolationException;
import nl.hamerslag.platform.documents.DocumentHashMismatch;
import nl.hamerslag.platform.documents.DocumentUnavailable;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every refusal into an RFC 9457 problem+json that says what to fix. Unexpected errors become
 * a 500 without internals; they are logged with their stack trace for the operator.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private static final Map<RuleViolation.Kind, HttpStatus> STATUS = Map.of(
            RuleViolation.Kind.INVALID, HttpStatus.BAD_REQUEST,
            RuleViolation.Kind.FORBIDDEN, HttpStatus.FORBIDDEN,
            RuleViolation.Kind.NOT_FOUND, HttpStatus.NOT_FOUND,
            RuleViolation.Kind.CONFLICT, HttpStatus.CONFLICT,
            RuleViolation.Kind.STALE, HttpStatus.PRECONDITION_FAILED,
            RuleViolation.Kind.TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE,
            RuleViolation.Kind.UNSUPPORTED_MEDIA_TYPE, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            RuleViolation.Kind.UNPROCESSABLE, HttpStatus.UNPROCESSABLE_CONTENT);

    @ExceptionHandler(RuleViolation.class)
    public ProblemDetail ruleViolation(RuleViolation violation) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(STATUS.get(violation.kind()), violation.getMessage());
        problem.setTitle(violation.title());
        return problem;
    }

    /**
     * The bytes another service sent for a document are not the document: not the caller's fault, but
     * an integrity failure an operator must look at. The document is named so it can be traced.
     */
    @ExceptionHandler(DocumentHashMismatch.class)
    public ResponseEntity<ProblemDetail> documentHashMismatch(DocumentHashMismatch e) {
        log.error("Integrity: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, "Document "
                + e.expected().value() + " from " + e.owner().shortName() + " arrived with another SHA-256 ("
                + e.actual().value() + "); it was refused and nothing was kept. This is no fault of your request: "
                + "report it to an administrator.");
        problem.setTitle("Document hash mismatch");
        problem.setProperty("document", e.expected().value());
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(problem);
    }

    /** A document another service owns could not be fetched: 503 to try again later, else 502. */
    @ExceptionHandler(DocumentUnavailable.class)
    public ResponseEntity<ProblemDetail> documentUnavailable(DocumentUnavailable e) {
        log.warn("{}", e.getMessage());
        HttpStatus status = e.isTransient() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Document " + e.sha256().value() + " of "
                + e.owner().shortName() + (switch (e.kind()) {
                    case TRANSIENT -> " cannot be fetched now; try again in a minute.";
                    case NOT_FOUND -> " is not there: " + e.owner().shortName() + " has no document with this hash.";
                    case REFUSED -> " cannot be fetched (" + e.getMessage() + "); an administrator must look at it.";
                }));
        problem.setTitle("Document unavailable");
        problem.setProperty("document", e.sha256().value());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (e.isTransient()) {
            response.header(HttpHeaders.RETRY_AFTER, "30");
        }
        return response.body(problem);
    }

    @ExceptionHandler(CommandExecutionException.class)
    public ResponseEntity<ProblemDetail> commandExecution(CommandExecutionException e) {
        return unexpected(e);
    }

    /**
     * Two commands on the same aggregate at once: the second one's events would take a sequence
     * number the first already stored. Nothing of the second was kept; doing it again is safe.
     */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    public ResponseEntity<ProblemDetail> concurrentChange(Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "This was changed by someone else at the same time; reload it and try again.");
        problem.setTitle("Concurrent change");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    public ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such " + aggregateNoun(e) + ": check the id.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ProblemDetail accessDenied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this.");
    }

    @ExceptionHandler(AuthenticationException.class)
    public ProblemDetail unauthenticated(AuthenticationException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "Send a valid bearer token: Authorization: Bearer <token>.");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ProblemDetail constraintViolation(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        RuleViolation violation = find(e, RuleViolation.class);
        if (violation != null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    e.getName() + ": " + violation.getMessage());
            problem.setTitle(violation.title());
            return problem;
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "'" + quotable(e.getValue()) + "' is not a valid " + e.getName() + ".");
    }

    @ExceptionHandler(MultipartException.class)
    public ProblemDetail brokenMultipart(MultipartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The multipart body could not be read; send multipart/form-data with the parts this endpoint names.");
        problem.setTitle("Unreadable upload");
        return problem;
    }

    /**
     * The last resort. A refusal or a concurrent change may still arrive here wrapped (by the command
     * bus, a transaction, a listener), and is then answered as itself rather than as our failure.
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        RuleViolation violation = find(e, RuleViolation.class);
        if (violation != null) {
            return ResponseEntity.status(STATUS.get(violation.kind())).body(ruleViolation(violation));
        }
        if (find(e, ConcurrencyException.class) != null || find(e, AggregateStreamCreationException.class) != null) {
            return concurrentChange(e);
        }
        if (find(e, DocumentHashMismatch.class) != null) {
            return documentHashMismatch(find(e, DocumentHashMismatch.class));
        }
        if (find(e, DocumentUnavailable.class) != null) {
            return documentUnavailable(find(e, DocumentUnavailable.class));
        }
        log.error("Unexpected error while handling a request", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                detail.isEmpty() ? "The request body is not valid." : detail);
        problem.setTitle("Invalid request");
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The upload is larger than this service accepts" + (e.getMaxUploadSize() > 0
                        ? " (" + e.getMaxUploadSize() + " bytes)" : "") + "; send a smaller file.");
        problem.setTitle("Upload too large");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        RuleViolation violation = find(e, RuleViolation.class);
        if (violation != null) {
            return ResponseEntity.status(STATUS.get(violation.kind())).body(ruleViolation(violation));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                find(e, StreamConstraintsException.class) != null
                        ? "The request body is too large or too deeply nested; send at most "
                        + StreamReadConstraints.defaults().getMaxNestingDepth() + " levels of nesting."
                        : readableCause(e));
        problem.setTitle("Unreadable request body");
        return ResponseEntity.badRequest().body(problem);
    }

    /** The first cause of {@code type} in the chain of {@code e}, or null. */
    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** A client's value as it may be quoted back: control characters out, and not a page long. */
    private static String quotable(Object value) {
        String text = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }

    /** The innermost message usually names the field and the accepted values, which is what the caller needs. */
    private static String readableCause(Throwable e) {
        Throwable cause = e;
        String message = null;
        while (cause != null) {
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
                return cause.getMessage();
            }
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        if (message == null) {
            return "The request body is missing or is not valid JSON.";
        }
        int location = message.indexOf(" at [Source");
        String firstLine = message.lines().findFirst().orElse(message);
        return "The request body is not valid: " + (location > 0 ? message.substring(0, location) : firstLine);
    }

    private static String aggregateNoun(AggregateNotFoundException e) {
        return "item with id " + e.getAggregateIdentifier();
    }
}
