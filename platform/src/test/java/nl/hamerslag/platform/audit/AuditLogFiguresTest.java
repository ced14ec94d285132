package nl.hamerslag.platform.audit;

import nl.hamerslag.platform.eventstore.EventStoreAutoConfiguration;
import nl.hamerslag.test.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures, not a rule: how fast the tree takes events and how long checking the heads of a dossier verify
 * takes, at {@code hamerslag.audit.figures} events (e.g. 50000) on the embedded PostgreSQL (fsync off, so
 * the database's share is smaller than on a durable server). Printed, never asserted on time (what is asserted:
 * the tree took every event and each head holds). 5 000 events in every build; more with the property:
 * {@code ./mvnw -B -o -q -pl platform -am test -Dtest=AuditLogFiguresTest -Dhamerslag.audit.figures=50000 -Dsurefire.failIfNoSpecifiedTests=false}
 */
class AuditLogFiguresTest {

    @TempDir
    Path keys;

    @Test
    void printsTheBuildersRateAndTheCostOfCheckingTheHeadsOfADossierVerify() {
        int events = Integer.getInteger("hamerslag.audit.figures", 5_000);
        TestDatabase database = TestDatabase.get();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(database.createDatabase("audit_figures"),
                database.user(), database.password(), true);
        Flyway.configure().dataSource(dataSource).table(EventStoreAutoConfiguration.PLATFORM_HISTORY_TABLE)
                .locations("classpath:db/platform").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // ten events a stream, each naming its stream's proposal; about the size of drafting's events
        jdbc.update("""
                insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload, meta_data)
                select g, 'event-' || g, 'stream-' || (g / 10), g % 10, 'Proposal', '2026-01-05T10:00:00Z',
                       'nl.hamerslag.drafting.api.ProposalRevised',
                       convert_to('{"proposalId":"' || md5('p' || (g / 10))::uuid || '","title":"' || repeat('t', 400) || '"}', 'UTF8'),
                       convert_to(repeat('m', 300), 'UTF8')
                  from generate_series(1, ?) g""", events);
        AuditLogStore store = new AuditLogStore(jdbc, "drafting");
        TreeHeadSigner signer = TreeHeadSigner.loadOrCreate(keys, "drafting");
        TreeHeadBuilder builder = new TreeHeadBuilder(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                store, signer, new ProposalOfEvent(JsonMapper.builder().build()), Clock.systemUTC(), Duration.ofMinutes(1),
                5_000);

        builder.advance();
        jdbc.execute("analyze"); // as autovacuum would have by now: the plan below is the one a filled store gets
        jdbc.queryForList("explain analyze " + TreeHeadBuilder.NEXT_ROWS, String.class, 5000L, 5000, 5000L, 5000, 5000)
                .forEach(line -> System.out.println("FIGURES plan " + line));
        long before = store.size();
        long start = System.nanoTime();
        while (builder.advance().isPresent()) {
            // each advance takes at most one batch and signs a head
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(store.size()).isEqualTo(events);
        System.out.printf("FIGURES builder: %d events in %.2f s: %.0f leaves/s (batches of 5000)%n",
                events - before, seconds, (events - before) / seconds);

        AuditVerifier verifier = new AuditVerifier(jdbc, store, null, signer.keyId());
        SignedTreeHead latest = store.latestHead().orElseThrow();
        List<SignedTreeHead> heads = List.of(latest, store.headAt(events / 2 / 5_000 * 5_000).orElse(latest), latest);
        for (int round = 0; round < 3; round++) {
            start = System.nanoTime();
            for (SignedTreeHead head : heads) {
                assertThat(verifier.check("held", head).holds()).isTrue();
            }
            System.out.printf("FIGURES check, one head at a time: %d heads in %.0f ms%n", heads.size(),
                    (System.nanoTime() - start) / 1e6);
        }
        List<AuditVerifier.HeadToCheck> all = heads.stream().map(head -> new AuditVerifier.HeadToCheck("held", head)).toList();
        for (int round = 0; round < 3; round++) {
            start = System.nanoTime();
            assertThat(verifier.check(all)).allMatch(TreeHeadCheck::holds);
            System.out.printf("FIGURES check, all heads from one read: %d heads in %.0f ms%n", heads.size(),
                    (System.nanoTime() - start) / 1e6);
        }
        dataSource.destroy();
    }
}
