package nl.hamerslag.publication.query;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Publication's projections of its own events run in the transaction of the command that changed
 * them (docs/decisions/0003): the editor reads back what was just decided, the watch never acts on a
 * moment that was just moved, and the public catalogue changes in the same transaction as the decision
 * to publish or withdraw, so a decision is public the moment it is taken and a withdrawn publication
 * is gone from every channel at once. Said here rather than in application.yml so that the
 * projections and their mode travel together.
 */
@Configuration(proxyBeanMethods = false)
class ReadYourWrites {

    static final List<String> SUBSCRIBING = List.of(PublicationProjection.NAME, PublicCatalogueProjection.NAME);

    @Bean
    ConfigurerModule publicationProjectionsSubscribe() {
        return configurer -> configurer.eventProcessing(processing ->
                SUBSCRIBING.forEach(processing::registerSubscribingEventProcessor));
    }
}
