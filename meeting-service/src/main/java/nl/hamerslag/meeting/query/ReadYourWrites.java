package nl.hamerslag.meeting.query;

import nl.hamerslag.meeting.query.decisionlistpdf.DecisionListPdfProjection;
import nl.hamerslag.meeting.query.meetingpackage.PackageAgendaProjection;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Every projection of the meeting's own events is read in the answer to the command that changed it
 * (docs/decisions/0003): the keeper who adds an item reads it back at once, the ready list never shows
 * a proposal that was just scheduled, a meeting is planned with exactly the members its body has, and
 * a package can be compiled the moment its agenda is published. They run in subscribing processors,
 * in the command's transaction. Said here rather than in application.yml so that the projections and
 * their mode travel together.
 */
@Configuration(proxyBeanMethods = false)
class ReadYourWrites {

    static final List<String> SUBSCRIBING = List.of(MeetingProjection.NAME, BodyProjection.PROCESSING_GROUP,
            FloorProjection.PROCESSING_GROUP, PackageAgendaProjection.NAME, DecisionListPdfProjection.NAME);

    @Bean
    ConfigurerModule meetingProjectionsSubscribe() {
        return configurer -> configurer.eventProcessing(processing ->
                SUBSCRIBING.forEach(processing::registerSubscribingEventProcessor));
    }
}
