package nl.hamerslag.gateway.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long the gateway waits for each service's part of a dossier: a service that does not answer in time is
 * named as missing, it does not hold up the others.
 *
 * @param timeout         a dossier's events ({@code hamerslag.audit.timeout}): an indexed read of its streams
 * @param wholeLogTimeout a verify or a proof ({@code hamerslag.audit.whole-log-timeout}): each reads the service's
 *                        whole log once, so it grows with the log (about 2 s at a million events on two cores)
 */
@ConfigurationProperties("hamerslag.audit")
public record AuditFanOutProperties(@DefaultValue("3s") Duration timeout,
                                    @DefaultValue("30s") Duration wholeLogTimeout) {
}
