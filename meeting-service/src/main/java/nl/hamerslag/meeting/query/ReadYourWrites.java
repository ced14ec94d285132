package nl.hamerslag.meeting.query;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bodies and the floor are read in the answer to the command that changed them, and a meeting is
 * planned with exactly the members its body has: their projections run in subscribing processors, in
 * the command's transaction (docs/decisions/0003). Said here rather than in application.yml so that the
 * projections and their mode travel together.
 */
@Configuration(proxyBeanMethods = false)
class ReadYourWrites {

    @Bean
    ConfigurerModule bodiesAndFloorSubscribe() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(BodyProjection.PROCESSING_GROUP)
                .registerSubscribingEventProcessor(FloorProjection.PROCESSING_GROUP));
    }
}
