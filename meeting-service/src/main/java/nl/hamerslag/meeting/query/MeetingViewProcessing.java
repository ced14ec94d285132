package nl.hamerslag.meeting.query;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Read-your-writes for the meeting views (docs/decisions/0003): the keeper who adds an item reads it
 * back at once, and the ready list never shows a proposal that was just scheduled.
 */
@Configuration
class MeetingViewProcessing {

    @Bean
    ConfigurerModule meetingViewIsSubscribing() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerSubscribingEventProcessor(MeetingProjection.NAME));
    }
}
