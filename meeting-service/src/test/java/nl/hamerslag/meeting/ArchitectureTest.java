package nl.hamerslag.meeting;

import nl.hamerslag.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void followsTheOneWayToBuildAService() {
        ServiceArchitecture.check("meeting");
    }
}
