package nl.hamerslag.followup.support;

import nl.hamerslag.test.HamerslagIntegrationTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The follow-up service on the real parts, one shared context for every follow-up integration test,
 * its deadlines judged by the {@link MovableClock} the tests move.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@HamerslagIntegrationTest
public @interface FollowupIntegrationTest {
}
