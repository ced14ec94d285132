package nl.hamerslag.followup;

import nl.hamerslag.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void followsTheOneWayToBuildAService() {
        ServiceArchitecture.check("followup");
    }
}
