package nl.hamerslag.followup;

import nl.hamerslag.test.ServiceOnThePlatformContract;

class FollowupServiceIntegrationTest extends ServiceOnThePlatformContract {

    @Override
    protected String documentedTitle() {
        return "Opvolging (followup-service)";
    }
}
