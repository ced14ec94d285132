package nl.hamerslag.publication.config;

import nl.hamerslag.publication.woo.InformationCategories;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/**
 * The publication service's settings, checked at start-up, and its clock: the moments of scheduled
 * and embargoed publications are judged by this {@link Clock}, so that a test moves time instead of
 * waiting for it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicationProperties.class)
@EnableScheduling
class PublicationConfiguration {

    @Bean
    Clock publicationClock() {
        return Clock.systemUTC();
    }

    @Bean
    InformationCategories informationCategories() {
        return InformationCategories.carried();
    }

    @Bean
    PublicationRules publicationRules(PublicationProperties properties, InformationCategories categories) {
        return new PublicationRules(properties, categories);
    }
}
