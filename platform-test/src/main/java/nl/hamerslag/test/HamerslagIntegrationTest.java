package nl.hamerslag.test;

import nl.hamerslag.contracts.Topics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test on the real parts: the whole service on a random port, its own database on
 * a real PostgreSQL ({@link TestDatabase}) and a real Kafka broker in the test JVM (KRaft).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = Topics.PARTITIONS,
        topics = {Topics.DRAFTING, Topics.APPROVAL, Topics.MEETING, Topics.PUBLICATION, Topics.FOLLOWUP},
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = HamerslagTestContextInitializer.class)
public @interface HamerslagIntegrationTest {
}
