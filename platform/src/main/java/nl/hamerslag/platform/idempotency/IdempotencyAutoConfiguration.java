package nl.hamerslag.platform.idempotency;

import nl.hamerslag.platform.problem.ProblemResponses;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    /**
     * After the security filters (Boot's default order for them): keys are kept per authenticated caller, and
     * no body is read before the caller is known.
     */
    @Bean
    public FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcTemplate jdbcTemplate, JsonMapper jsonMapper,
                                                                       IdempotencyProperties properties) {
        IdempotencyStore store = new IdempotencyStore(jdbcTemplate, properties);
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(new IdempotencyFilter(
                store, new ExpiredKeyCleanup(store, Clock.systemUTC()), new ProblemResponses(jsonMapper), properties));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
