package nl.hamerslag.platform.serviceidentity;

import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.identity.LocalSigningKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * This service's own identity towards other services: by client credentials when
 * {@code hamerslag.service-identity.token-uri} is set (compose, Keycloak), else signed by the local
 * identity with the key in {@code ${hamerslag.data-dir}/keys} (local mode, tests).
 */
@AutoConfiguration
@EnableConfigurationProperties(ServiceIdentityProperties.class)
public class ServiceIdentityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ServiceTokens serviceTokens(ServiceIdentityProperties properties,
                                       @Value("${hamerslag.kafka.service:${spring.application.name:}}") String fallbackName,
                                       @Value("${hamerslag.data-dir}") Path dataDir, JsonMapper jsonMapper) {
        String service = serviceName(properties.service() != null ? properties.service() : fallbackName);
        if (properties.fromIdentityProvider()) {
            return new ClientCredentialsServiceTokens(properties.tokenUri(), properties.clientId(),
                    properties.clientSecret(), properties.refreshBefore(),
                    HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), jsonMapper, Clock.systemUTC());
        }
        Path keyDir = dataDir.resolve("keys");
        return new LocalServiceTokens(() -> LocalSigningKey.load(keyDir), service, properties.lifetime(),
                properties.refreshBefore(), Clock.systemUTC());
    }

    /** The catalogue's short name, so that the token names a service the receiver knows. */
    static String serviceName(String configured) {
        try {
            return ServiceCatalog.parse(configured).shortName();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("this service's name for its own token: " + e.getMessage()
                    + "; set hamerslag.service-identity.service", e);
        }
    }
}
