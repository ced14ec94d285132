package nl.hamerslag.platform.documents;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** A service that takes uploads (it has Tika) gets the detector; one that does not, goes without Tika. */
class MediaTypeAutoConfigurationTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MediaTypeAutoConfiguration.class));

    @Test
    void aServiceWithTikaHasTheDetector() {
        runner.run(context -> assertThat(context).hasSingleBean(MediaTypeDetector.class));
    }

    @Test
    void aServiceWithoutTikaHasNone() {
        runner.withClassLoader(new FilteredClassLoader("org.apache.tika"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MediaTypeDetector.class));
    }
}
