package nl.hamerslag.platform.identity;

import nl.hamerslag.identity.ActorClaims;
import nl.hamerslag.identity.TokenMinter;
import nl.hamerslag.platform.problem.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server: it validates the bearer token again (never trusting
 * the gateway alone), takes roles from the {@code roles} claim, and answers 401/403 as problem+json.
 * Health, API docs, {@code /api/public/**} and the citizens' pages {@code /openbaar/**} need no token;
 * the other actuator endpoints (metrics) need ADMIN.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@EnableMethodSecurity
public class SecurityAutoConfiguration {

    /**
     * Boot's decoder for a public key checks the signature and the times but not the issuer; every
     * {@code OAuth2TokenValidator} bean is added to it. The issuer follows {@code issuer-uri} when set
     * (Keycloak), else the local issuer.
     */
    @Bean
    public OAuth2TokenValidator<Jwt> hamerslagIssuerValidator(
            @Value("${hamerslag.security.token-issuer:${spring.security.oauth2.resourceserver.jwt.issuer-uri:"
                    + TokenMinter.ISSUER + "}}") String issuer) {
        return new JwtIssuerValidator(issuer);
    }

    /** A token the same identity provider issued for another application is not for us (ADR 21). */
    @Bean
    public OAuth2TokenValidator<Jwt> hamerslagAudienceValidator(
            @Value("${hamerslag.security.token-audience:" + TokenMinter.AUDIENCE + "}") String audience) {
        return new JwtAudienceValidator(audience);
    }

    /** Who acted is stored from the token: a claim that cannot be stored is an invalid token, not a 500. */
    @Bean
    public OAuth2TokenValidator<Jwt> hamerslagActorClaimsValidator() {
        return jwt -> ActorClaims.refusal(jwt.getClaims())
                .map(reason -> OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", reason, null)))
                .orElseGet(OAuth2TokenValidatorResult::success);
    }

    /** Only a service of the catalogue may present a service's token; any other name is an invalid token. */
    @Bean
    public OAuth2TokenValidator<Jwt> hamerslagServiceClaimValidator() {
        return jwt -> Callers.serviceClaimRefusal(jwt)
                .map(reason -> OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", reason, null)))
                .orElseGet(OAuth2TokenValidatorResult::success);
    }

    /** Whichever decoder Boot builds (a public key, a JWK set, an issuer), a token sent again is reused (ADR 0045). */
    @Bean
    static BeanPostProcessor hamerslagVerifiedTokenReuse() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof ReusingJwtDecoder)
                        ? new ReusingJwtDecoder(decoder) : bean;
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    public SecurityFilterChain hamerslagSecurityFilterChain(HttpSecurity http, JsonMapper jsonMapper) throws Exception {
        ProblemResponses problems = new ProblemResponses(jsonMapper);
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problems.write(request, response,
                HttpStatus.UNAUTHORIZED, refusal(e) + "Send a valid bearer token: Authorization: Bearer <token>.");
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // metrics tell how busy each service is and what fails: for operators only (ADR 42)
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/api/public/**", "/openbaar/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(RolesClaim.authenticationConverter()))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "Your role does not allow this.")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "Your role does not allow this.")));
        return http.build();
    }

    /** Why a sent token was refused (expired, wrong audience, a claim too long), so the caller can act on it. */
    private static String refusal(AuthenticationException e) {
        return e instanceof OAuth2AuthenticationException refused && refused.getError().getDescription() != null
                ? "The bearer token was refused (" + refused.getError().getDescription() + "). "
                : "";
    }
}
