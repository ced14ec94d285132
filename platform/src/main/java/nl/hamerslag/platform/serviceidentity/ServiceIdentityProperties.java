package nl.hamerslag.platform.serviceidentity;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this service gets a token for itself (docs/security.md, ADR 27).
 *
 * @param service       this service's short name in {@code ServiceCatalog} ({@code meeting}); defaults to
 *                      {@code hamerslag.kafka.service}
 * @param tokenUri      the identity provider's token endpoint; when set, tokens come from it by client
 *                      credentials, otherwise the local identity signs them with the data folder's key
 * @param clientId      this service's client at the identity provider (only with {@code token-uri})
 * @param clientSecret  its secret: from the environment, never from a file in the repository
 * @param lifetime      how long a locally signed token lives
 * @param refreshBefore a token is replaced this long before it expires
 */
@ConfigurationProperties("hamerslag.service-identity")
public record ServiceIdentityProperties(String service, URI tokenUri, String clientId, String clientSecret,
                                        Duration lifetime, Duration refreshBefore) {

    public ServiceIdentityProperties {
        lifetime = lifetime == null ? Duration.ofMinutes(5) : lifetime;
        refreshBefore = refreshBefore == null ? Duration.ofSeconds(30) : refreshBefore;
    }

    /** Client credentials at an identity provider, rather than the local key. */
    public boolean fromIdentityProvider() {
        return tokenUri != null && !tokenUri.toString().isBlank();
    }
}
