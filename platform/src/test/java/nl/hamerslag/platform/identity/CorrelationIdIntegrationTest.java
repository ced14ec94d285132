package nl.hamerslag.platform.identity;

import nl.hamerslag.platform.MetadataKeys;
import nl.hamerslag.platform.testapp.TallyApi;
import nl.hamerslag.test.HamerslagIntegrationTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A caller's X-Correlation-Id reaches the stored events only as a short plain identifier. */
@HamerslagIntegrationTest
class CorrelationIdIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    @ParameterizedTest
    @ValueSource(strings = {"corr 123", "\u00fcberall", "x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x"})
    void anIdThatIsNotAShortPlainIdentifierIsReplacedByANewOne(String given) {
        String id = new TallyApi(port).create("correlated", "X-Correlation-Id", given);

        Object stored = eventStore.readEvents(id).next().getMetaData().get(MetadataKeys.CORRELATION_ID);
        assertThat(stored).isNotEqualTo(given).asString().matches("[0-9a-f-]{36}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"corr-123", "order:42.retry_1"})
    void aShortPlainIdentifierIsKept(String given) {
        String id = new TallyApi(port).create("correlated", "X-Correlation-Id", given);

        assertThat(eventStore.readEvents(id).next().getMetaData()).containsEntry(MetadataKeys.CORRELATION_ID, given);
    }
}
