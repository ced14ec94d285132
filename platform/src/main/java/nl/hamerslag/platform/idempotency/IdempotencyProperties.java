package nl.hamerslag.platform.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * @param maxBodySize       the largest non-multipart body a request with an Idempotency-Key may have; it is held
 *                          in memory to be hashed, so a larger one is refused (413) before it is read. Uploads are
 *                          bounded by {@code spring.servlet.multipart.max-request-size} instead.
 * @param retention         how long a key and its first answer are kept; after that the key counts as new
 * @param inProgressTimeout how long a key may stay claimed without an answer before a retry takes it over (the
 *                          service stopped while processing it); longer than the slowest request takes
 */
@ConfigurationProperties("hamerslag.idempotency")
public record IdempotencyProperties(DataSize maxBodySize, Duration retention, Duration inProgressTimeout) {

    public IdempotencyProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
        retention = retention == null ? Duration.ofHours(24) : retention;
        inProgressTimeout = inProgressTimeout == null ? Duration.ofMinutes(2) : inProgressTimeout;
        if (maxBodySize.toBytes() < 0 || maxBodySize.toBytes() >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("hamerslag.idempotency.max-body-size must be between 0 and 2GB (the "
                    + "body is held in memory); got " + maxBodySize + ". Send larger content as a multipart upload.");
        }
    }
}
