package nl.hamerslag.publication;

import nl.hamerslag.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void publicationDependsOnNoOtherService() {
        ServiceArchitecture.doesNotDependOnOtherServices("publication")
                .allowEmptyShould(true)
                .check(ServiceArchitecture.importService("publication"));
    }
}
