package nl.hamerslag.platform.input;

import nl.hamerslag.platform.problem.ProblemResponses;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The input rules every service applies to what a client sends (ADR 0022): no control characters
 * in any text, dates within bounds. They apply to HTTP requests only: the application's own
 * {@link JsonMapper} (events, Kafka records) reads what was already accepted and is left alone.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        beforeName = "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class InputAutoConfiguration implements WebMvcConfigurer {

    /** Early, before security: a refused request is answered before anything reads it. */
    @Bean
    public FilterRegistrationBean<TextInputFilter> textInputFilter(JsonMapper jsonMapper) {
        FilterRegistrationBean<TextInputFilter> registration = new FilterRegistrationBean<>(
                new TextInputFilter(new ProblemResponses(jsonMapper)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Request bodies are read with the text rules and date bounds. The JSON converter is swapped in
     * its usual place, after Boot's customizer (order 0) put the plain one there: ahead of the
     * others it would also take over byte[] and String answers (the OpenAPI document among them).
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    public ServerHttpMessageConvertersCustomizer hamerslagRequestJsonConverter(JsonMapper jsonMapper) {
        JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(jsonMapper.rebuild()
                .addModule(JsonTextRules.module())
                .addModule(new SimpleModule("hamerslag-date-bounds").setDeserializerModifier(new JsonDateBounds()))
                .build());
        return builder -> builder.withJsonConverter(converter);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new MultipartTextInterceptor());
        registry.addInterceptor(new UnreadableAnswerInterceptor());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        BoundedDateFormats.registerOn(registry);
    }
}
