package nl.hamerslag.publication.web.publicsite;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicSiteProperties.class)
class PublicSiteConfiguration {
}
