package nl.hamerslag.platform.problem;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.platform.documents.DocumentHashMismatch;
import nl.hamerslag.platform.documents.DocumentUnavailable;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** A document that cannot be had is no fault of the request: a 5xx that names the document, never a bare 500. */
class DocumentProblemsTest {

    static final ContentHash EXPECTED = ContentHash.sha256("the document the decision names");
    static final ContentHash ACTUAL = ContentHash.sha256("something else");

    final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void aHashMismatchIsABadGatewayNamingTheDocumentEvenWhenTheCommandBusWrappedIt() {
        ResponseEntity<ProblemDetail> response = advice.unexpected(new CommandExecutionException("compile failed",
                new DocumentHashMismatch(ServiceCatalog.DRAFTING, EXPECTED, ACTUAL)));

        assertThat(response.getStatusCode().value()).isEqualTo(502);
        assertThat(response.getBody().getTitle()).isEqualTo("Document hash mismatch");
        assertThat(response.getBody().getDetail()).contains(EXPECTED.value(), "drafting", "nothing was kept");
        assertThat(response.getBody().getProperties()).containsEntry("document", EXPECTED.value());
    }

    @Test
    void anOwnerThatIsAwayIsServiceUnavailableWithRetryAfter() {
        ResponseEntity<ProblemDetail> response = advice.unexpected(new IllegalStateException("wrapped",
                new DocumentUnavailable(ServiceCatalog.DRAFTING, EXPECTED, DocumentUnavailable.Kind.TRANSIENT, "503", null)));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(response.getBody().getDetail()).contains(EXPECTED.value(), "try again");
    }

    @Test
    void aDocumentTheOwnerDoesNotHaveIsABadGateway() {
        ResponseEntity<ProblemDetail> response = advice.documentUnavailable(new DocumentUnavailable(
                ServiceCatalog.DRAFTING, EXPECTED, DocumentUnavailable.Kind.NOT_FOUND, "404", null));

        assertThat(response.getStatusCode().value()).isEqualTo(502);
        assertThat(response.getBody().getDetail()).contains(EXPECTED.value(), "no document with this hash");
    }
}
