package nl.hamerslag.followup;

import nl.hamerslag.test.ServiceOnThePlatformContract;
import org.springframework.test.context.TestPropertySource;

// the hostile-input harness reads each answer to its end: the follow-up stream ends after a second here
@TestPropertySource(properties = "hamerslag.followup.stream.timeout=1s")
class FollowupServiceIntegrationTest extends ServiceOnThePlatformContract {

    @Override
    protected String documentedTitle() {
        return "Opvolging (followup-service)";
    }
}
