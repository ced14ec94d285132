package nl.hamerslag.meeting.support;

import nl.hamerslag.test.HamerslagIntegrationTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The meeting service on the real parts, one shared context for every meeting integration test. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@HamerslagIntegrationTest
public @interface MeetingIntegrationTest {
}
