package nl.hamerslag.gateway.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long the gateway waits for each service's part of a dossier ({@code hamerslag.audit.timeout}):
 * a service that does not answer in time is named as missing, it does not hold up the others.
 */
@ConfigurationProperties("hamerslag.audit")
public record AuditFanOutProperties(@DefaultValue("3s") Duration timeout) {
}
