package nl.hamerslag.publication.web.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import nl.hamerslag.platform.problem.RuleViolation;
import nl.hamerslag.publication.query.catalogue.WithdrawalNotice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The refusals of the public channels: a withdrawn publication is 410 with its notice; a page that
 * is not there is, for a browser, a Dutch HTML page with the same status. Everything else, and
 * every refusal to a program, is the platform's problem+json. Before the platform's advice, so
 * that the withdrawn case is not taken for an unexpected error.
 */
@RestControllerAdvice(basePackageClasses = PublicSiteAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicSiteAdvice {

    @ExceptionHandler(PublicationWithdrawn.class)
    ResponseEntity<?> withdrawn(PublicationWithdrawn withdrawn, HttpServletRequest request) {
        WithdrawalNotice notice = withdrawn.notice();
        if (Browser.asks(request)) {
            return Html.status(HttpStatus.GONE, RefusalHtml.withdrawn(notice));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "This publication was withdrawn; "
                + "only its notice remains. /api/public/withdrawals lists every withdrawal.");
        problem.setTitle("Publication withdrawn");
        problem.setProperty("publicationTitle", notice.title());
        problem.setProperty("withdrawnAt", notice.withdrawnAt().toString());
        problem.setProperty("reason", notice.reason());
        return ResponseEntity.status(HttpStatus.GONE).body(problem);
    }

    @ExceptionHandler({PublicationNotFound.class, MeetingNotFound.class, DocumentNotFound.class,
            SitemapFileNotFound.class})
    ResponseEntity<?> notFound(RuleViolation notFound, HttpServletRequest request) {
        if (Browser.asks(request)) {
            return Html.status(HttpStatus.NOT_FOUND, RefusalHtml.notFound());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
        problem.setTitle(notFound.title());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
