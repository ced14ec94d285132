package nl.hamerslag.gateway.health;

import nl.hamerslag.gateway.HamerslagProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway's health includes every service behind it: UP only when each one's
 * {@code /actuator/health} says UP. Shown as the component {@code services}, one detail per service.
 */
@Component("services")
public class ServicesHealthIndicator implements ReactiveHealthIndicator {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private final Map<String, HamerslagProperties.Service> services;
    private final Duration timeout;
    private final WebClient client = WebClient.create();

    public ServicesHealthIndicator(HamerslagProperties properties) {
        this.services = properties.services();
        this.timeout = properties.healthTimeout();
    }

    @Override
    public Mono<Health> health() {
        return Flux.fromIterable(services.entrySet())
                .flatMapSequential(service -> check(service.getKey(), service.getValue().url()))
                .collectList()
                .map(ServicesHealthIndicator::summarise);
    }

    private Mono<ServiceHealth> check(String name, URI url) {
        URI healthUrl = URI.create(url.toString().replaceAll("/+$", "") + "/actuator/health");
        return client.get().uri(healthUrl)
                .exchangeToMono(response -> response.bodyToMono(JSON_OBJECT)
                        .map(body -> String.valueOf(body.getOrDefault("status", Status.UNKNOWN.getCode())))
                        .defaultIfEmpty(Status.UNKNOWN.getCode())
                        .map(status -> new ServiceHealth(name, url, status, null)))
                .timeout(timeout)
                .onErrorResume(e -> Mono.just(new ServiceHealth(name, url, Status.DOWN.getCode(), describe(e))));
    }

    private static Health summarise(List<ServiceHealth> results) {
        boolean allUp = results.stream().allMatch(r -> Status.UP.getCode().equals(r.status()));
        Health.Builder health = allUp ? Health.up() : Health.down();
        results.forEach(r -> health.withDetail(r.name(), r.details()));
        return health.build();
    }

    private static String describe(Throwable e) {
        if (e instanceof java.util.concurrent.TimeoutException) {
            return "no answer within the health timeout";
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    private record ServiceHealth(String name, URI url, String status, String error) {

        Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("status", status);
            details.put("url", url.toString());
            if (error != null) {
                details.put("error", error);
            }
            return details;
        }
    }
}
