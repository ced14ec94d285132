package nl.hamerslag.publication.support;

import nl.hamerslag.test.MovableClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * In every test context of this module (found by the application's component scan): the moments of
 * scheduled and embargoed publications are judged by a clock the tests move. It only moves forward,
 * so tests that share the context each work with moments relative to {@link MovableClock#instant()}.
 */
@Configuration(proxyBeanMethods = false)
public class MovableClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }
}
