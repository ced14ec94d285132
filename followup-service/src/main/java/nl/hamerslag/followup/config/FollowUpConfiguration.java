package nl.hamerslag.followup.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/**
 * The follow-up service's settings and its clock: deadlines are judged by this {@link Clock}, so that
 * a test moves time instead of waiting for it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowUpProperties.class)
@EnableScheduling
class FollowUpConfiguration {

    @Bean
    Clock followUpClock() {
        return Clock.systemUTC();
    }
}
