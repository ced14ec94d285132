package nl.hamerslag.platform;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings every Hamerslag service shares, as lowest-priority defaults: a service's own
 * application.yml, the command line and the environment all override them. Several of these are
 * traps seen on this stack (ARCHITECTURE.md): jackson3 serializers, bytea columns, no update check.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "hamerslagPlatformDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("hamerslag.data-dir", ".hamerslag");
        // loopback unless asked: on a LAN every open port is someone's way in (docs/security.md)
        defaults.put("server.address", "${HAMERSLAG_BIND:127.0.0.1}");

        defaults.put("spring.jpa.hibernate.ddl-auto", "validate");
        defaults.put("spring.jpa.open-in-view", "false");
        defaults.put("spring.jpa.database-platform", "nl.hamerslag.platform.eventstore.ByteaPostgreSQLDialect");
        defaults.put("spring.jpa.mapping-resources", "META-INF/hamerslag-axon-orm.xml");
        defaults.put("spring.flyway.baseline-on-migrate", "true");
        defaults.put("spring.flyway.baseline-version", "0");

        defaults.put("axon.serializer.general", "jackson3");
        defaults.put("axon.serializer.events", "jackson3");
        defaults.put("axon.serializer.messages", "jackson3");
        defaults.put("axon.update-check.disabled", "true");
        defaults.put("axon.axonserver.enabled", "false");

        defaults.put("spring.kafka.bootstrap-servers", "localhost:19092");
        defaults.put("spring.kafka.producer.acks", "all");
        defaults.put("spring.kafka.producer.properties.enable.idempotence", "true");
        defaults.put("spring.kafka.producer.key-serializer", "org.apache.kafka.common.serialization.StringSerializer");
        defaults.put("spring.kafka.producer.value-serializer", "org.apache.kafka.common.serialization.ByteArraySerializer");
        defaults.put("spring.kafka.consumer.group-id", "${spring.application.name}");
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put("spring.kafka.consumer.enable-auto-commit", "false");
        defaults.put("spring.kafka.consumer.key-deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        defaults.put("spring.kafka.consumer.value-deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");

        defaults.put("spring.security.oauth2.resourceserver.jwt.public-key-location",
                "file:${hamerslag.data-dir}/keys/jwt-public.pem");

        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-message", "never");
        defaults.put("spring.servlet.multipart.max-file-size", "50MB");
        defaults.put("spring.servlet.multipart.max-request-size", "51MB");

        // which endpoints are exposed (health, info, prometheus): observability.ObservabilityDefaults
        defaults.put("management.endpoint.health.probes.enabled", "true");
        // anyone may ask whether a service is UP (the launcher and the system tests poll it without
        // a token); which database and disk path it depends on is for ADMIN only
        defaults.put("management.endpoint.health.show-details", "when-authorized");
        defaults.put("management.endpoint.health.show-components", "when-authorized");
        defaults.put("management.endpoint.health.roles", "ADMIN");
        defaults.put("springdoc.api-docs.path", "/v3/api-docs");

        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }
}
