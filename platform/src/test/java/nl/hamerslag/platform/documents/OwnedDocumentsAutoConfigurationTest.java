package nl.hamerslag.platform.documents;

import nl.hamerslag.contracts.ContentHash;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint exists only in a service that owns documents, and asks every source it has. */
class OwnedDocumentsAutoConfigurationTest {

    final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OwnedDocumentsAutoConfiguration.class));

    static final OwnedDocument PDF = OwnedDocument.of(ContentHash.sha256("pdf"), "application/pdf", null, new byte[]{1});

    @Test
    void aServiceThatOwnsNoDocumentsServesNone() {
        runner.run(context -> assertThat(context).doesNotHaveBean(OwnedDocumentController.class));
    }

    @Test
    void aServiceWithSeveralSourcesHasOneEndpointForAllOfThem() {
        runner.withBean("pdfs", OwnedDocuments.class, () -> sha256 -> Optional.empty())
                .withBean("manifests", OwnedDocuments.class, () -> sha256 -> Optional.of(PDF))
                .run(context -> assertThat(context).hasSingleBean(OwnedDocumentController.class));
    }
}
