package nl.hamerslag.platform.audit;

import nl.hamerslag.platform.eventstore.ChainForger;
import nl.hamerslag.platform.eventstore.HashChainVerifier;
import nl.hamerslag.platform.testapp.TallyApi;
import nl.hamerslag.test.HamerslagIntegrationTest;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The audit log on the real parts (PostgreSQL, Kafka): each way of tampering with the event table
 * straight in the database, as someone with table access could, is named for the stream, after the
 * tree took the events. Rewriting the tree itself is in {@link AuditLogRewriteTest}.
 */
@HamerslagIntegrationTest
class AuditLogIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TreeHeadBuilder builder;
    @Autowired
    AuditLogStore store;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    AuditTrail trail;
    @Autowired
    TreeHeadWitness witness;
    @Autowired
    HashChainVerifier chainVerifier;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    /** A tally with {@code counts} counts (events 0..counts), taken into the tree. */
    String takenTally(String name, int counts) {
        TallyApi api = new TallyApi(port);
        String id = api.create(name);
        for (int i = 0; i < counts; i++) {
            api.count(id);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            builder.advance();
            return store.leavesOf(id).size() == counts + 1;
        });
        return id;
    }

    UUID proposalOf(String tallyId) {
        return UUID.fromString(jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::jsonb ->> 'proposalId' from domain_event_entry
                 where aggregate_identifier = ? and sequence_number = 0""", String.class, tallyId));
    }

    Mismatch firstMismatch(String id) {
        StreamVerification verification = verifier.verifyStream(id);
        assertThat(verification.intact()).as(verification.toString()).isFalse();
        return verification.firstMismatch();
    }

    @Test
    void anUntouchedDossierIsIntactAgainstTheHeadsOfTheDatabaseOfKafkaAndOneHeld() {
        String id = takenTally("untouched", 2);
        SignedTreeHead held = store.latestHead().orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> witness.latest()
                .map(head -> head.treeSize() >= held.treeSize()).orElse(false));

        DossierVerification verification = trail.verify(proposalOf(id), List.of(held)).orElseThrow();

        assertThat(verification.intact()).as(verification.toString()).isTrue();
        assertThat(verification.treeHeads()).extracting(TreeHeadCheck::source).containsExactly("database", "kafka", "held");
        assertThat(verification.streams()).singleElement().satisfies(stream -> {
            assertThat(stream.aggregateId()).isEqualTo(id);
            assertThat(stream.leavesChecked()).isEqualTo(3);
        });
    }

    @Test
    void anEditedPayloadIsNamedAsChanged() {
        String id = takenTally("payload", 2);
        jdbc.update("""
                update domain_event_entry
                   set payload = convert_to(replace(convert_from(payload, 'UTF8'), '"number":1', '"number":7'), 'UTF8')
                 where aggregate_identifier = ? and sequence_number = 1""", id);

        Mismatch mismatch = firstMismatch(id);
        assertThat(mismatch.kind()).isEqualTo(Mismatch.Kind.CHANGED);
        assertThat(mismatch.sequenceNumber()).isEqualTo(1);
    }

    @Test
    void anEditedMetadataValueIsNamedAsChanged() {
        String id = takenTally("metadata", 2);
        jdbc.update("""
                update domain_event_entry
                   set meta_data = convert_to(replace(convert_from(meta_data, 'UTF8'), 'AUTHOR', 'AUDITOR'), 'UTF8')
                 where aggregate_identifier = ? and sequence_number = 2""", id);

        Mismatch mismatch = firstMismatch(id);
        assertThat(mismatch.kind()).isEqualTo(Mismatch.Kind.CHANGED);
        assertThat(mismatch.sequenceNumber()).isEqualTo(2);
    }

    @Test
    void anEditedGlobalIndexIsNamedAsReordered() {
        String id = takenTally("global-index", 2);
        // moved back before every other event (forward would also hold up every tracking processor of this context)
        jdbc.update("update domain_event_entry set global_index = (select min(global_index) - 1 from domain_event_entry) "
                + "where aggregate_identifier = ? and sequence_number = 1", id);

        Mismatch mismatch = firstMismatch(id);
        assertThat(mismatch.kind()).isEqualTo(Mismatch.Kind.REORDERED);
        assertThat(mismatch.sequenceNumber()).isEqualTo(1);
    }

    @Test
    void aDeletedMiddleRowIsNamedAsRemoved() {
        String id = takenTally("middle", 2);
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 1", id);

        Mismatch mismatch = firstMismatch(id);
        assertThat(mismatch.kind()).isEqualTo(Mismatch.Kind.REMOVED);
        assertThat(mismatch.sequenceNumber()).isEqualTo(1);
    }

    @Test
    void aDeletedLastRowIsNamedAsRemovedThoughTheChainBeforeItIsWhole() {
        String id = takenTally("last", 2);
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 2", id);

        assertThat(chainVerifier.verify(id).intact()).as("the chain alone cannot see a removed tail").isTrue();
        Mismatch mismatch = firstMismatch(id);
        assertThat(mismatch.kind()).isEqualTo(Mismatch.Kind.REMOVED);
        assertThat(mismatch.sequenceNumber()).isEqualTo(2);
    }

    @Test
    void aDeletedWholeStreamStaysInItsDossierAndIsNamedAsRemoved() {
        String id = takenTally("whole", 1);
        UUID proposal = proposalOf(id);
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ?", id);

        DossierVerification verification = trail.verify(proposal, List.of()).orElseThrow();

        assertThat(verification.intact()).isFalse();
        assertThat(verification.streams()).singleElement().satisfies(stream -> {
            assertThat(stream.eventsStored()).isZero();
            assertThat(stream.firstMismatch().kind()).isEqualTo(Mismatch.Kind.REMOVED);
            assertThat(stream.firstMismatch().sequenceNumber()).isZero();
        });
    }

    @Test
    void swappedEventsAreNamedAsReordered() {
        String id = takenTally("swapped", 2);
        jdbc.update("update domain_event_entry set sequence_number = 99 where aggregate_identifier = ? and sequence_number = 1", id);
        jdbc.update("update domain_event_entry set sequence_number = 1 where aggregate_identifier = ? and sequence_number = 2", id);
        jdbc.update("update domain_event_entry set sequence_number = 2 where aggregate_identifier = ? and sequence_number = 99", id);

        Mismatch mismatch = firstMismatch(id);
        assertThat(mismatch.kind()).isEqualTo(Mismatch.Kind.REORDERED);
        assertThat(mismatch.sequenceNumber()).isEqualTo(1);
    }

    @Test
    void anInsertedRowIsNamedAsInserted() {
        String id = takenTally("inserted", 1);
        jdbc.update("""
                insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data)
                select (select min(global_index) from domain_event_entry) - 1, 'forged-' || event_identifier,
                       aggregate_identifier, 2, type, time_stamp, payload_type, payload_revision, payload, meta_data
                  from domain_event_entry where aggregate_identifier = ? and sequence_number = 1""", id);

        Mismatch mismatch = firstMismatch(id);
        assertThat(mismatch.kind()).isEqualTo(Mismatch.Kind.INSERTED);
        assertThat(mismatch.sequenceNumber()).isEqualTo(2);
    }

    @Test
    void anEditWithEveryLinkAfterItRecomputedIsStillNamed() {
        String id = takenTally("relinked", 3);
        jdbc.update("""
                update domain_event_entry
                   set payload = convert_to(replace(convert_from(payload, 'UTF8'), '"number":1', '"number":7'), 'UTF8')
                 where aggregate_identifier = ? and sequence_number = 1""", id);
        ChainForger.relink(jdbc, eventSerializer, id);

        assertThat(chainVerifier.verify(id).intact()).as("the forged chain fools the chain alone").isTrue();
        Mismatch mismatch = firstMismatch(id);
        assertThat(mismatch.kind()).isEqualTo(Mismatch.Kind.CHANGED);
        assertThat(mismatch.sequenceNumber()).isEqualTo(1);
    }

    @Test
    void theLeavesAndHeadsAreAppendOnly() {
        takenTally("append-only", 0);

        assertThatThrownBy(() -> jdbc.update("update audit_tree_leaf set leaf_hash = leaf_hash where leaf_index = 0"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_tree_head"))
                .hasMessageContaining("append-only");
    }

    @Test
    void everyHeadIsSignedByThisServicesKeyAndAChangedHeadIsNot() {
        takenTally("signed", 0);
        SignedTreeHead head = store.latestHead().orElseThrow();
        SignedTreeHead forged = new SignedTreeHead(head.service(), head.treeSize() + 1, head.rootHash(), head.timestamp(),
                head.keyId(), head.publicKey(), head.signature());

        assertThat(verifier.check("held", head).holds()).isTrue();
        assertThat(verifier.check("held", forged).signatureValid()).isFalse();
    }
}
