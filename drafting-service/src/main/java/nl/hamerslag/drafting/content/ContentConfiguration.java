package nl.hamerslag.drafting.content;

import nl.hamerslag.drafting.command.AttachmentLimit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentProperties.class)
class ContentConfiguration {

    /** The aggregate's resource; fails the start when the configured count is above what fits a Kafka record. */
    @Bean
    AttachmentLimit attachmentLimit(AttachmentProperties properties) {
        return new AttachmentLimit(properties.maxPerProposal());
    }
}
