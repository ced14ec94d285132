package nl.hamerslag.meeting.support;

import nl.hamerslag.test.HamerslagIntegrationTest;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The meeting service on the real parts, one shared context for every meeting integration test,
 * with the bodies of the local seed (a college, a council of 27 in 7 groups, two committees).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@HamerslagIntegrationTest
@TestPropertySource(properties = "hamerslag.meeting.seed-bodies=true")
public @interface MeetingIntegrationTest {
}
