package nl.hamerslag.platform.observability;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Metrics, traces and logs as every service has them, as lowest-priority defaults (like
 * {@code PlatformDefaults}): the Prometheus endpoint (ADMIN only, ADR 42), a {@code service} tag on
 * every meter, latency histograms, tracing that records and sends nothing until the environment asks
 * for it, and structured JSON logs in the {@code compose} profile (docs/observability.md).
 */
public class ObservabilityDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "hamerslagObservabilityDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.metrics.tags.service", "${spring.application.name:hamerslag}");
        defaults.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
        // the OpenTelemetry starter brings an OTLP meter registry too; Prometheus scrapes instead
        defaults.put("management.otlp.metrics.export.enabled", "false");
        defaults.put("management.logging.export.otlp.enabled", "false");

        // trace ids are made and carried (logs, events, Kafka headers) always; spans are recorded only
        // when MANAGEMENT_TRACING_SAMPLING_PROBABILITY says so, and sent only when
        // MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT names a collector (no exporter without it)
        defaults.put("management.tracing.sampling.probability", "0.0");
        // Spring Security observes every filter of its chain, the authentication and the authorisation of every
        // request: about a tenth of a request's CPU in the profile (docs/benchmarks.md), and nothing an operator
        // reads (http.server.requests already times each request with its status)
        defaults.put("management.observations.enable.spring.security", "false");

        defaults.put("logging.pattern.correlation",
                "[%X{traceId:-} %X{correlationId:-} %X{actor:-}] ");
        if (environment.acceptsProfiles(Profiles.of("compose"))) {
            defaults.put("logging.structured.format.console", "ecs");
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }
}
