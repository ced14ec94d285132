package nl.hamerslag.drafting;

import com.tngtech.archunit.core.domain.JavaClasses;
import nl.hamerslag.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = ServiceArchitecture.importService("drafting");

    @Test
    void draftingDependsOnNoOtherService() {
        ServiceArchitecture.doesNotDependOnOtherServices("drafting").check(classes);
    }

    @Test
    void theCommandSideImportsNoWebOrKafkaTypes() {
        ServiceArchitecture.commandSideKnowsNoWebOrKafka("drafting").check(classes);
    }
}
