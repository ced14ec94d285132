package nl.hamerslag.platform.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Where this service fetches other services' documents (docs/decisions/0027).
 *
 * @param owners  by owner's short name, its base URL: {@code hamerslag.documents.owners.drafting=http://localhost:8081}.
 *                {@link Documents} exists only when at least one is set
 * @param maxSize a document larger than this is refused, not read (default 50MB, drafting's upload limit)
 * @param timeout how long one fetch may take, the whole body included
 */
@ConfigurationProperties("hamerslag.documents")
public record DocumentsProperties(Map<String, URI> owners, DataSize maxSize, Duration timeout) {

    public DocumentsProperties {
        owners = owners == null ? Map.of() : Map.copyOf(owners);
        maxSize = maxSize == null ? DataSize.ofMegabytes(50) : maxSize;
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
    }
}
