package nl.hamerslag.followup;

import nl.hamerslag.followup.support.FollowupIntegrationTest;
import nl.hamerslag.test.ServiceOnThePlatformContract;

@FollowupIntegrationTest
class FollowupServiceIntegrationTest extends ServiceOnThePlatformContract {

    @Override
    protected String documentedTitle() {
        return "Opvolging (followup-service)";
    }
}
