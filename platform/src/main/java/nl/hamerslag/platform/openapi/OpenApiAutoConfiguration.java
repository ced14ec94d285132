package nl.hamerslag.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Each service's OpenAPI document: described in Dutch for the domain, secured by a bearer token,
 * and addressed through the gateway (the one entry point), so "Try it out" in the gateway's Swagger
 * UI goes where a client would go.
 */
@AutoConfiguration
public class OpenApiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public OpenAPI hamerslagOpenApi(@Value("${hamerslag.openapi.title:${spring.application.name}}") String title,
                                    @Value("${hamerslag.openapi.description:}") String description,
                                    @Value("${hamerslag.openapi.gateway-url:http://localhost:8080}") String gatewayUrl) {
        return new OpenAPI()
                .info(new Info().title(title).description(description).version("v1"))
                .addServersItem(new Server().url(gatewayUrl).description("Hamerslag gateway"))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Een token van de identity provider; lokaal: ./hamerslag token ROLE")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
