package nl.hamerslag.publication.support;

import nl.hamerslag.test.HamerslagIntegrationTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The publication service on the real parts, for the public channels' tests. Temporary: the lead
 * unifies it with the core's support/PublicationIntegrationTest, so that both share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@HamerslagIntegrationTest
public @interface ChannelsIntegrationTest {
}
