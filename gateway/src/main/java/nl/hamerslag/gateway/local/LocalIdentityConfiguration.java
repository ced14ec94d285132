package nl.hamerslag.gateway.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import nl.hamerslag.gateway.HamerslagProperties;
import nl.hamerslag.identity.LocalSigningKey;
import nl.hamerslag.identity.TokenMinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Local mode signs its own tokens. The key is loaded (or made, at first start) here, before the
 * decoder is built from it: reading {@code public-key-location} would fail on a fresh data folder,
 * because the PEM file does not exist until {@link LocalSigningKey#loadOrCreate} wrote it.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
public class LocalIdentityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LocalIdentityConfiguration.class);

    @Bean
    RSAKey localSigningKey(HamerslagProperties properties) {
        RSAKey key = LocalSigningKey.loadOrCreate(properties.keyDir());
        log.info("local mode: tokens are signed with key {} from {}", key.getKeyID(), properties.keyDir().toAbsolutePath());
        return key;
    }

    @Bean
    TokenMinter tokenMinter(RSAKey localSigningKey) {
        return new TokenMinter(localSigningKey);
    }

    @Bean
    ReactiveJwtDecoder localJwtDecoder(RSAKey localSigningKey, ObjectProvider<OAuth2TokenValidator<Jwt>> validators)
            throws JOSEException {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(localSigningKey.toRSAPublicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(validators.orderedStream().toList()));
        return decoder;
    }
}
