package nl.hamerslag.publication;

import nl.hamerslag.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void followsTheOneWayToBuildAService() {
        ServiceArchitecture.check("publication");
    }
}
