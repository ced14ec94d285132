package nl.hamerslag.followup.query;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The items and their deadline rows change in the transaction of the command that changed them
 * (docs/decisions/0003): whoever settles an item reads it settled at once, and the deadline watch
 * never acts on a deadline that was just extended. Subscribing processors; said here rather than
 * in application.yml so that the projection and its mode travel together.
 */
@Configuration(proxyBeanMethods = false)
class ReadYourWrites {

    static final List<String> SUBSCRIBING = List.of(FollowUpProjection.NAME);

    @Bean
    ConfigurerModule followUpProjectionsSubscribe() {
        return configurer -> configurer.eventProcessing(processing ->
                SUBSCRIBING.forEach(processing::registerSubscribingEventProcessor));
    }
}
