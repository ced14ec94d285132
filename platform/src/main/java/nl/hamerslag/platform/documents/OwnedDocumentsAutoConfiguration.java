package nl.hamerslag.platform.documents;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * {@code GET /api/documents/{sha256}} in a service that owns documents: one that has at least one
 * {@link OwnedDocuments} bean. All of them are asked, in their order; a service without any has no
 * such endpoint.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(OwnedDocuments.class)
public class OwnedDocumentsAutoConfiguration {

    @Bean
    public OwnedDocumentController ownedDocumentController(ObjectProvider<OwnedDocuments> sources) {
        return new OwnedDocumentController(sources.orderedStream().toList());
    }
}
