package nl.hamerslag.gateway.security;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.gateway.web.ProblemResponses;
import nl.hamerslag.identity.ActorClaims;
import nl.hamerslag.identity.TokenClaims;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtGrantedAuthoritiesConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The gateway is a stateless OAuth2 resource server. Health, API docs, Swagger UI, the public API and
 * the local token endpoint need no token; everything else does, and the services check it again.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    // health is open so that the launcher and the probes can poll it; its details need ADMIN (application.yml)
    static final String[] OPEN_PATHS = {
            "/actuator/health/**", "/actuator/info",
            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**",
            "/api/public/**",
            // the citizens' pages, feed and sitemap of publication
            "/openbaar/**",
            // the ORI publication feed's service document (routed to publication's /api/public/ori/v1)
            "/.well-known/ori-feed",
            // exists only with profile local and for loopback callers (LoopbackOnlyFilter); else 404
            "/api/local/tokens"};

    static final String[] AUDIT_PATHS = {"/api/audit/**"};

    static final String SEND_A_TOKEN = "Send a bearer token: Authorization: Bearer <token>. "
            + "Locally, POST /api/local/tokens with {\"role\":\"AUTHOR\"} gives one.";

    /** Whichever decoder is built (local key, JWK set, issuer), a token sent again is reused (ADR 0045). */
    @Bean
    static BeanPostProcessor verifiedTokenReuse() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof ReusingReactiveJwtDecoder)
                        ? new ReusingReactiveJwtDecoder(decoder) : bean;
            }
        };
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ProblemResponses problems) {
        ServerAuthenticationEntryPoint unauthorized = (exchange, e) -> {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, e instanceof OAuth2AuthenticationException refused
                    ? "The bearer token was refused (" + refused.getError().getDescription() + "). " + SEND_A_TOKEN
                    : SEND_A_TOKEN);
        };
        ServerAccessDeniedHandler forbidden = (exchange, e) -> problems.write(exchange,
                HttpStatus.FORBIDDEN, "Your role does not allow this request.");
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN_PATHS).permitAll()
                        // the gateway's own metrics (/actuator/prometheus) are for operators (ADR 42)
                        .pathMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        // answered by the gateway itself (AuditDossierController); the services check again
                        .pathMatchers(AUDIT_PATHS).hasRole(Role.AUDITOR.name())
                        .anyExchange().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesAsAuthorities()))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    /** Roles come from the {@code roles} claim and become authorities {@code ROLE_<name>}, as in the services. */
    static ReactiveJwtAuthenticationConverter rolesAsAuthorities() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(TokenClaims.ROLES);
        authorities.setAuthorityPrefix("ROLE_");
        ReactiveJwtAuthenticationConverter converter = new ReactiveJwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new ReactiveJwtGrantedAuthoritiesConverterAdapter(authorities));
        return converter;
    }

    /**
     * Boot's decoder for {@code public-key-location} checks only signature and times, and setting
     * {@code issuer-uri} next to it switches to OIDC discovery instead; so the issuer is checked here.
     * Boot adds every {@link OAuth2TokenValidator} bean to the decoder it builds; the local one uses it too.
     */
    @Bean
    OAuth2TokenValidator<Jwt> issuerValidator(@Value("${hamerslag.security.token-issuer}") String issuer) {
        return new JwtIssuerValidator(issuer);
    }

    /** A token the same identity provider issued for another application is not for us (ADR 21). */
    @Bean
    OAuth2TokenValidator<Jwt> audienceValidator(@Value("${hamerslag.security.token-audience}") String audience) {
        return new JwtAudienceValidator(audience);
    }

    /** Refused here already, with the same reason the services would give: they store these claims. */
    @Bean
    OAuth2TokenValidator<Jwt> actorClaimsValidator() {
        return jwt -> ActorClaims.refusal(jwt.getClaims())
                .map(reason -> OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", reason, null)))
                .orElseGet(OAuth2TokenValidatorResult::success);
    }
}
