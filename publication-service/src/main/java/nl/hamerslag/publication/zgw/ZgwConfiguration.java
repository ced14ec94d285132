package nl.hamerslag.publication.zgw;

import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ZGW configuration, and the ZGW APIs as their own group in the API documents (/v3/api-docs/zgw). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ZgwProperties.class)
class ZgwConfiguration {

    @Bean
    GroupedOpenApi zgwApiGroup() {
        return GroupedOpenApi.builder().group("zgw").displayName("ZGW Besluiten en Documenten (alleen lezen)")
                .pathsToMatch("/zgw/**").build();
    }
}
