package nl.hamerslag.meeting;

import nl.hamerslag.test.ServiceOnThePlatformContract;

class MeetingServiceIntegrationTest extends ServiceOnThePlatformContract {

    @Override
    protected String documentedTitle() {
        return "Vergaderen en besluiten (meeting-service)";
    }
}
