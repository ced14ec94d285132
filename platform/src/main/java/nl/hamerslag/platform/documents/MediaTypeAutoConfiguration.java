package nl.hamerslag.platform.documents;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** A {@link MediaTypeDetector} in every service that has Tika, i.e. every service that takes uploads. */
@AutoConfiguration
@ConditionalOnClass(name = "org.apache.tika.config.TikaConfig")
public class MediaTypeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public MediaTypeDetector mediaTypeDetector() {
        return new MediaTypeDetector();
    }
}
