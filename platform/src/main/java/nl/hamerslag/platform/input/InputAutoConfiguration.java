package nl.hamerslag.platform.input;

import nl.hamerslag.platform.problem.ProblemResponses;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
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

    /** Request bodies are read with the text rules and date bounds; Boot's own JSON converter backs off. */
    @Bean
    public JacksonJsonHttpMessageConverter hamerslagRequestJsonConverter(JsonMapper jsonMapper) {
        return new JacksonJsonHttpMessageConverter(jsonMapper.rebuild()
                .addModule(JsonTextRules.module())
                .addModule(new SimpleModule("hamerslag-date-bounds").setDeserializerModifier(new JsonDateBounds()))
                .build());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new MultipartTextInterceptor());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        BoundedDateFormats.registerOn(registry);
    }
}
