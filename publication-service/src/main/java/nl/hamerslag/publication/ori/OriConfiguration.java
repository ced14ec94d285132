package nl.hamerslag.publication.ori;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ORI feed is written in the transaction of the command that published or withdrew (subscribing, as the
 * public catalogue: docs/decisions/0003), so a withdrawn publication leaves the catalogue and the feed at once,
 * and the writer holds the feed's sequence lock only for that one transaction.
 */
@Configuration(proxyBeanMethods = false)
class OriConfiguration {

    @Bean
    ConfigurerModule oriFeedSubscribes() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerSubscribingEventProcessor(OriFeedProjection.NAME));
    }
}
