package nl.hamerslag.platform;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/** A minimal service on the platform (package testapp), to test the platform's wiring on the real parts. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("nl.hamerslag.platform.testapp")
class PlatformTestApplication {
}
