package nl.hamerslag.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test context at a fresh database of its own and at the test token key. */
public class HamerslagTestContextInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestDatabase.get();
        String name = context.getEnvironment().getProperty("spring.application.name", "hamerslag");
        TestPropertyValues.of(
                "spring.datasource.url=" + database.createDatabase(name),
                "spring.datasource.username=" + database.user(),
                "spring.datasource.password=" + database.password(),
                "hamerslag.data-dir=" + TestTokens.dataDir()
        ).applyTo(context);
    }
}
