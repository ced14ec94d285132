package nl.hamerslag.meeting;

import nl.hamerslag.meeting.support.MeetingIntegrationTest;
import nl.hamerslag.test.ServiceOnThePlatformContract;

@MeetingIntegrationTest
class MeetingServiceIntegrationTest extends ServiceOnThePlatformContract {

    @Override
    protected String documentedTitle() {
        return "Vergaderen en besluiten (meeting-service)";
    }
}
