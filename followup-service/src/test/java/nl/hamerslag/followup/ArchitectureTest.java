package nl.hamerslag.followup;

import nl.hamerslag.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void followupDependsOnNoOtherService() {
        ServiceArchitecture.doesNotDependOnOtherServices("followup")
                .allowEmptyShould(true)
                .check(ServiceArchitecture.importService("followup"));
    }
}
