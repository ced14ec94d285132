package nl.hamerslag.platform.documents;

import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.platform.serviceidentity.ServiceIdentityAutoConfiguration;
import nl.hamerslag.platform.serviceidentity.ServiceTokens;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@link Documents} for a service that names at least one owner
 * ({@code hamerslag.documents.owners.<service>=<url>}); a service that fetches nothing has no such bean.
 */
@AutoConfiguration(after = ServiceIdentityAutoConfiguration.class)
@Conditional(DocumentsAutoConfiguration.OwnersConfigured.class)
@EnableConfigurationProperties(DocumentsProperties.class)
public class DocumentsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Documents documents(DocumentsProperties properties, ServiceTokens serviceTokens, JdbcTemplate jdbcTemplate) {
        Map<ServiceCatalog, URI> owners = new EnumMap<>(ServiceCatalog.class);
        properties.owners().forEach((name, url) -> owners.put(ServiceCatalog.parse(name), url));
        return new HttpDocuments(new DocumentCopies(jdbcTemplate), serviceTokens, owners,
                properties.maxSize().toBytes(),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), properties.timeout());
    }

    static class OwnersConfigured extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            boolean any = Binder.get(context.getEnvironment())
                    .bind("hamerslag.documents.owners", Bindable.mapOf(String.class, String.class))
                    .map(owners -> !owners.isEmpty())
                    .orElse(false);
            return any ? ConditionOutcome.match("hamerslag.documents.owners names an owner")
                    : ConditionOutcome.noMatch("no hamerslag.documents.owners");
        }
    }
}
