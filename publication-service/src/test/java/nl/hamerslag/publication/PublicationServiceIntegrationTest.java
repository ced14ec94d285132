package nl.hamerslag.publication;

import nl.hamerslag.test.ServiceOnThePlatformContract;

class PublicationServiceIntegrationTest extends ServiceOnThePlatformContract {

    @Override
    protected String documentedTitle() {
        return "Publiceren (publication-service)";
    }
}
