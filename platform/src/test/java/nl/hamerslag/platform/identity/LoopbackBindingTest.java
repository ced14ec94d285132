package nl.hamerslag.platform.identity;

import nl.hamerslag.platform.PlatformDefaults;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LoopbackBindingTest {

    @Test
    void aServiceListensOnLoopbackOnlyUnlessHamerslagBindSaysOtherwise() {
        assertThat(withDefaults(Map.of()).getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(withDefaults(Map.of("HAMERSLAG_BIND", "0.0.0.0")).getProperty("server.address")).isEqualTo("0.0.0.0");
    }

    private static StandardEnvironment withDefaults(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
