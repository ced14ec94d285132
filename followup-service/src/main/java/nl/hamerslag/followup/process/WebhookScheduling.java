package nl.hamerslag.followup.process;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The webhook dispatcher runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WebhookScheduling {
}
