package nl.hamerslag.publication.support;

import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.MovableClock;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The publication service on the real parts, one shared context for every publication integration
 * test: its moments judged by the {@link MovableClock} the tests move, its documents fetched over HTTP
 * from the {@link LocalDocumentOwner}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@HamerslagIntegrationTest
public @interface PublicationIntegrationTest {
}
