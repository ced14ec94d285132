package nl.hamerslag.platform.eventstore;

import nl.hamerslag.platform.MetadataKeys;
import nl.hamerslag.platform.testapp.TallyApi;
import nl.hamerslag.test.HamerslagIntegrationTest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@HamerslagIntegrationTest
class EventStoreIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    HashChainVerifier verifier;

    @Test
    void serializedDataIsStoredInTheRowAsByteaNeverAsLargeObjects() {
        List<String> types = jdbc.queryForList("""
                select distinct data_type from information_schema.columns
                 where table_name in ('domain_event_entry', 'snapshot_event_entry', 'token_entry', 'saga_entry')
                   and column_name in ('payload', 'meta_data', 'token', 'serialized_saga')""", String.class);
        assertThat(types).containsExactly("bytea");
    }

    @Test
    void theGlobalIndexComesFromASequenceWithIncrementOne() {
        Long increment = jdbc.queryForObject(
                "select increment_by from pg_sequences where sequencename = 'domain_event_entry_seq'", Long.class);
        assertThat(increment).isEqualTo(1L);
    }

    @Test
    void everyStoredEventRecordsWhoDidItAndWhy() {
        TallyApi api = new TallyApi(port);
        String id = api.create("who-and-why", "X-Correlation-Id", "corr-123");

        DomainEventMessage<?> created = eventStore.readEvents(id).next();
        assertThat(created.getMetaData())
                .containsEntry(MetadataKeys.ACTOR_SUBJECT, "anna.steller")
                .containsEntry(MetadataKeys.ACTOR_NAME, "Anna de Steller")
                .containsEntry(MetadataKeys.ACTOR_ROLE, "AUTHOR")
                .containsEntry(MetadataKeys.CORRELATION_ID, "corr-123")
                .containsKey(MetadataKeys.CAUSATION_ID)
                .containsKey(MetadataKeys.HASH);
    }

    @Test
    void anUntouchedStreamVerifiesIntact() {
        TallyApi api = new TallyApi(port);
        String id = api.create("intact");
        api.count(id);
        api.count(id);

        ChainVerification verification = verifier.verify(id);

        assertThat(verification.intact()).as(verification.toString()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(3);
    }

    @Test
    void anEditedPayloadBreaksTheChainAtThatEvent() {
        TallyApi api = new TallyApi(port);
        String id = api.create("edited");
        api.count(id);
        api.count(id);

        // tampering straight in the database, as someone with table access could
        int edited = jdbc.update("""
                update domain_event_entry
                   set payload = convert_to(replace(convert_from(payload, 'UTF8'), '"number":1', '"number":7'), 'UTF8')
                 where aggregate_identifier = ? and sequence_number = 1""", id);
        assertThat(edited).isEqualTo(1);

        ChainVerification verification = verifier.verify(id);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenLink()).isEqualTo(1);
    }

    @Test
    void anEditedMetadataValueBreaksTheChainAtThatEvent() {
        TallyApi api = new TallyApi(port);
        String id = api.create("metadata-edited");
        api.count(id);

        int edited = jdbc.update("""
                update domain_event_entry
                   set meta_data = convert_to(replace(convert_from(meta_data, 'UTF8'), 'anna.steller', 'bert.boos'), 'UTF8')
                 where aggregate_identifier = ? and sequence_number = 1""", id);
        assertThat(edited).isEqualTo(1);

        ChainVerification verification = verifier.verify(id);
        assertThat(verification.firstBrokenLink()).isEqualTo(1);
    }

    @Test
    void everyNewEventNamesTheCanonicalFormItsHashWasMadeWith() {
        TallyApi api = new TallyApi(port);
        String id = api.create("versioned");

        assertThat(eventStore.readEvents(id).next().getMetaData()).containsEntry(MetadataKeys.HASH_VERSION, "2");
    }

    @Test
    void aRemovedEventIsNamedAsMissing() {
        TallyApi api = new TallyApi(port);
        String id = api.create("removed");
        api.count(id);
        api.count(id);

        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 1", id);

        ChainVerification verification = verifier.verify(id);
        assertThat(verification.firstBrokenLink()).isEqualTo(1);
        assertThat(verification.reason()).contains("missing");
    }
}
