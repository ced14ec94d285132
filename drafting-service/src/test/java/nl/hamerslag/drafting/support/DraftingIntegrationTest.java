package nl.hamerslag.drafting.support;

import nl.hamerslag.test.HamerslagIntegrationTest;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The drafting service on the real parts, one shared context for every drafting integration test.
 * The attachment limit is 25MB here, below the servlet's 50MB multipart limit, so both limits can
 * be tested and a 20MB file still fits. A proposal may have {@value #MAX_ATTACHMENTS} attachments here,
 * so the limit is reached in a few uploads.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@HamerslagIntegrationTest
@TestPropertySource(properties = {"hamerslag.attachments.max-size=" + DraftingIntegrationTest.MAX_SIZE_MB + "MB",
        "hamerslag.attachments.max-per-proposal=" + DraftingIntegrationTest.MAX_ATTACHMENTS})
public @interface DraftingIntegrationTest {

    int MAX_SIZE_MB = 25;
    int MAX_ATTACHMENTS = 5;
}
