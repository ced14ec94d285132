package nl.hamerslag.drafting.web;

import nl.hamerslag.drafting.content.AttachmentProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The 413 for an attachment over the limit, naming the configured per-attachment limit, also when
 * the servlet container's multipart limit stopped it before any controller ran. (A broken multipart
 * body is the platform's 400.)
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

    private final AttachmentProperties properties;

    UploadProblems(AttachmentProperties properties) {
        this.properties = properties;
    }

    static ErrorResponseException tooLarge(DataSize max, long size) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "file: " + size
                + " bytes is more than the limit of " + max.toMegabytes() + " MB (" + max.toBytes() + " bytes) per attachment.");
        problem.setTitle("Attachment too large");
        return new ErrorResponseException(HttpStatus.PAYLOAD_TOO_LARGE, problem, null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> maxUploadSize(MaxUploadSizeExceededException e) {
        DataSize max = properties.maxSize();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "file: the upload is larger than the limit of " + max.toMegabytes() + " MB (" + max.toBytes()
                        + " bytes) per attachment.");
        problem.setTitle("Attachment too large");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }
}
