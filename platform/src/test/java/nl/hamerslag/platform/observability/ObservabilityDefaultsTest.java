package nl.hamerslag.platform.observability;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON logs in compose, readable lines elsewhere; traces recorded by nobody unless asked; metrics exposed. */
class ObservabilityDefaultsTest {

    @Test
    void inTheComposeProfileTheConsoleLogIsEcsJson() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("compose");
        new ObservabilityDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void locallyTheConsoleLogStaysReadableWithTraceCorrelationAndActor() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("local");
        new ObservabilityDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
        assertThat(environment.getProperty("logging.pattern.correlation"))
                .contains("%X{traceId", "%X{" + LogFields.CORRELATION_ID, "%X{" + LogFields.ACTOR);
    }

    @Test
    void noSpanIsRecordedUntilAnOperatorAsksAndTheSettingOfTheEnvironmentWins() {
        MockEnvironment defaults = new MockEnvironment();
        new ObservabilityDefaults().postProcessEnvironment(defaults, new SpringApplication());
        assertThat(defaults.getProperty("management.tracing.sampling.probability")).isEqualTo("0.0");
        assertThat(defaults.getProperty("management.endpoints.web.exposure.include")).contains("prometheus");

        MockEnvironment asked = new MockEnvironment().withProperty("management.tracing.sampling.probability", "1.0");
        new ObservabilityDefaults().postProcessEnvironment(asked, new SpringApplication());
        assertThat(asked.getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");
    }
}
