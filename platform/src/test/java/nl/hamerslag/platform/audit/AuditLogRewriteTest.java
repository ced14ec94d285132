package nl.hamerslag.platform.audit;

import nl.hamerslag.platform.eventstore.EventStoreAutoConfiguration;
import nl.hamerslag.test.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who owns the database rewrites the tree too: the leaves, and the heads after the point they
 * cut. What still shows it is a head signed before, held by an auditor or kept by the Kafka topic. A
 * database of its own (the platform's migrations on a real PostgreSQL), since these tests break the
 * whole log and not one stream.
 */
class AuditLogRewriteTest {

    @TempDir
    Path keys;
    JdbcTemplate jdbc;
    AuditLogStore store;
    TreeHeadBuilder builder;
    AuditVerifier verifier;
    final UUID proposal = UUID.randomUUID();

    @BeforeEach
    void database() {
        TestDatabase database = TestDatabase.get();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.createDatabase("audit_rewrite"),
                database.user(), database.password());
        Flyway.configure().dataSource(dataSource).table(EventStoreAutoConfiguration.PLATFORM_HISTORY_TABLE)
                .locations("classpath:db/platform").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        store = new AuditLogStore(jdbc, "drafting");
        TreeHeadSigner signer = TreeHeadSigner.loadOrCreate(keys, "drafting");
        builder = new TreeHeadBuilder(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)), store,
                signer, new ProposalOfEvent(JsonMapper.builder().build()), Clock.systemUTC(), Duration.ofMinutes(1), 100);
        verifier = new AuditVerifier(jdbc, store, null, signer.keyId());
    }

    void store(long globalIndex, long sequence) {
        jdbc.update("""
                insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload, meta_data)
                values (?, ?, 'stream-1', ?, 'Tally', '2026-01-05T10:00:00Z', 'Counted', convert_to(?, 'UTF8'), null)""",
                globalIndex, "event-" + globalIndex, sequence,
                "{\"proposalId\":\"" + proposal + "\",\"number\":" + sequence + "}");
    }

    SignedTreeHead fiveEventsTakenInTwoHeads() {
        for (int i = 1; i <= 3; i++) {
            store(i, i - 1);
        }
        builder.advance().orElseThrow();
        store(4, 3);
        store(5, 4);
        return builder.advance().orElseThrow();
    }

    @Test
    void theTreeTiesEveryStreamThatNamesAProposalToItsDossier() {
        fiveEventsTakenInTwoHeads();

        assertThat(store.streamsOf(proposal)).containsExactly("stream-1");
    }

    @Test
    void leavesRewrittenAfterAnEditDoNotGiveTheRootOfAHeadSignedBefore() {
        SignedTreeHead held = fiveEventsTakenInTwoHeads();
        assertThat(verifier.check("held", held).holds()).isTrue();

        jdbc.update("update domain_event_entry set payload = convert_to('{\"number\":7}', 'UTF8') where global_index = 2");
        jdbc.execute("alter table audit_tree_leaf disable trigger all");
        StoredEventRow edited = jdbc.queryForObject("select " + StoredEventRow.COLUMNS
                + " from domain_event_entry where global_index = 2", StoredEventRow::read);
        jdbc.update("update audit_tree_leaf set leaf_hash = ? where global_index = 2", edited.leafHash());

        TreeHeadCheck check = verifier.check("held", held);
        assertThat(check.matchesLog()).isFalse();
        assertThat(check.detail()).contains("rewritten");
    }

    @Test
    void aTruncatedLogWithItsLeavesAndHeadsRemovedIsCaughtByAHeadSignedBefore() {
        SignedTreeHead held = fiveEventsTakenInTwoHeads();

        jdbc.execute("alter table audit_tree_leaf disable trigger all");
        jdbc.execute("alter table audit_tree_head disable trigger all");
        jdbc.update("delete from domain_event_entry where global_index > 3");
        jdbc.update("delete from audit_tree_leaf where global_index > 3");
        jdbc.update("delete from audit_tree_head where tree_size > 3");

        assertThat(verifier.check("database", store.latestHead().orElseThrow()).holds())
                .as("the database alone now looks whole").isTrue();
        TreeHeadCheck check = verifier.check("held", held);
        assertThat(check.matchesLog()).isFalse();
        assertThat(check.detail()).contains("leaves were removed");
    }

    @Test
    void aTreeRebuiltAndSignedWithAnotherKeyIsNotThisServicesLog() {
        fiveEventsTakenInTwoHeads();
        TreeHeadSigner other = TreeHeadSigner.loadOrCreate(keys.resolve("other"), "drafting");
        CompactRange leaves = new CompactRange();
        store.eachLeafHash(5, (index, leafHash) -> leaves.append(leafHash));
        SignedTreeHead forged = other.sign(5, leaves.root(), java.time.Instant.now());

        TreeHeadCheck check = verifier.check("held", forged);
        assertThat(check.signatureValid()).isTrue();
        assertThat(check.keyIsServices()).isFalse();
        assertThat(check.holds()).isFalse();
    }

    @Test
    void aRowCommittedLateIntoAnIndexThePassedOverIsTakenAndOneAtAnIndexNeverSkippedIsNot() {
        store(1, 0);
        store(3, 2);
        builder.advance().orElseThrow();

        store(2, 1); // the transaction that drew index 2 commits now
        assertThat(builder.advance()).isPresent();
        assertThat(store.leafOf("event-2")).isPresent();

        jdbc.update("""
                insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload, meta_data)
                values (0, 'forged', 'stream-1', 3, 'Tally', '2026-01-05T10:00:00Z', 'Counted', convert_to('{}', 'UTF8'), null)""");
        assertThat(builder.advance()).isEmpty();
        assertThat(store.leafOf("forged")).isEmpty();
    }
}
