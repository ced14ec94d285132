package nl.hamerslag.publication;

import nl.hamerslag.publication.support.PublicationIntegrationTest;
import nl.hamerslag.test.ServiceOnThePlatformContract;

@PublicationIntegrationTest
class PublicationServiceIntegrationTest extends ServiceOnThePlatformContract {

    @Override
    protected String documentedTitle() {
        return "Publiceren (publication-service)";
    }
}
