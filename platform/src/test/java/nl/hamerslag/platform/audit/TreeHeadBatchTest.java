package nl.hamerslag.platform.audit;

import nl.hamerslag.platform.eventstore.EventStoreAutoConfiguration;
import nl.hamerslag.test.TestDatabase;
import org.flywaydb.core.Flyway;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The builder writes a batch's leaves and proposal links together; the log must be the one that taking the
 * events one at a time gives: the same leaf rows, the same links, the same roots. Each event is taken
 * one by one here by hand (its row's leaf hash, in global index order, its proposal as {@link ProposalOfEvent}
 * reads it), and by two builders on databases of their own: one event per head, and many per head.
 */
class TreeHeadBatchTest {

    static final UUID FIRST = UUID.fromString("8a0f5a57-30c1-4f5e-9b8e-1d1f6c0a0001");
    static final UUID SECOND = UUID.fromString("8a0f5a57-30c1-4f5e-9b8e-1d1f6c0a0002");
    static final UUID THIRD = UUID.fromString("8a0f5a57-30c1-4f5e-9b8e-1d1f6c0a0003");

    @TempDir
    Path keys;

    /** Streams of the services' kinds: a proposal, a meeting naming two proposals, a publication, one naming none. */
    static final List<Object[]> EVENTS = List.of(
            event(1, "proposal-1", 0, "{\"proposalId\":\"" + FIRST + "\",\"title\":\"Marktplein\"}"),
            event(2, "proposal-1", 1, "{\"proposalId\":\"" + FIRST + "\",\"version\":\"v2\"}"),
            event(4, "meeting-1", 0, "{\"meetingId\":\"m-1\",\"date\":\"2026-03-01\"}"), // 3: rolled back, a gap
            event(5, "meeting-1", 1, "{\"proposalId\":\"" + FIRST + "\",\"item\":1}"),
            event(6, "meeting-1", 2, "{\"proposalId\":\"" + SECOND + "\",\"item\":2}"),
            event(7, "meeting-1", 3, "{\"proposalId\":\"" + SECOND + "\",\"item\":2,\"moved\":true}"),
            event(8, "publication-1", 0, "{\"source\":{\"proposalId\":\"" + SECOND + "\"}}"),
            event(9, "publication-1", 1, "{\"content\":{\"source\":{\"proposalId\":\"" + THIRD + "\"}}}"),
            event(12, "tally-1", 0, "not json at all"),
            event(13, "tally-1", 1, "{\"proposalId\":\"not-a-uuid\"}"),
            event(14, "proposal-3", 0, "{\"proposalId\":\"" + THIRD + "\"}"));

    static Object[] event(long globalIndex, String stream, long sequence, String payload) {
        return new Object[]{globalIndex, "event-" + globalIndex, stream, sequence, payload,
                globalIndex % 2 == 0 ? null : "meta-" + globalIndex};
    }

    record Log(JdbcTemplate jdbc, AuditLogStore store) {

        List<String> leafRows() {
            return jdbc.query("select * from audit_tree_leaf order by leaf_index", (row, n) -> row.getLong("leaf_index") + " "
                    + row.getLong("global_index") + " " + row.getString("event_identifier") + " "
                    + row.getString("aggregate_identifier") + " " + row.getLong("sequence_number") + " "
                    + HexFormat.of().formatHex(row.getBytes("leaf_hash")));
        }

        List<String> links() {
            return jdbc.query("select * from audit_stream_proposal order by proposal_id, aggregate_identifier",
                    (row, n) -> row.getString("proposal_id") + " " + row.getString("aggregate_identifier"));
        }
    }

    Log logTakenInBatchesOf(int batchSize) {
        TestDatabase database = TestDatabase.get();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.createDatabase("audit_batch"),
                database.user(), database.password());
        Flyway.configure().dataSource(dataSource).table(EventStoreAutoConfiguration.PLATFORM_HISTORY_TABLE)
                .locations("classpath:db/platform").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (Object[] e : EVENTS) {
            jdbc.update("""
                    insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                                                    type, time_stamp, payload_type, payload, meta_data)
                    values (?, ?, ?, ?, 'Stream', '2026-01-05T10:00:00Z', 'Happened', convert_to(?, 'UTF8'),
                            convert_to(?, 'UTF8'))""", e);
        }
        AuditLogStore store = new AuditLogStore(jdbc, "drafting");
        TreeHeadBuilder builder = new TreeHeadBuilder(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                store, TreeHeadSigner.loadOrCreate(keys, "drafting"), new ProposalOfEvent(JsonMapper.builder().build()),
                Clock.systemUTC(), Duration.ofMinutes(1), batchSize);
        while (builder.advance().isPresent()) {
            // every batch signs a head; on until nothing is left
        }
        return new Log(jdbc, store);
    }

    @Test
    void aBatchTakesTheSameLeavesLinksAndRootsAsTakingTheEventsOneByOne() {
        Log oneByOne = logTakenInBatchesOf(1);
        Log batched = logTakenInBatchesOf(4);

        List<StoredEventRow> rows = oneByOne.jdbc().query("select " + StoredEventRow.COLUMNS
                + " from domain_event_entry order by global_index", StoredEventRow::read);
        ProposalOfEvent proposals = new ProposalOfEvent(JsonMapper.builder().build());
        List<String> expectedLeaves = new ArrayList<>();
        List<byte[]> leafHashes = new ArrayList<>();
        for (StoredEventRow row : rows) {
            byte[] hash = row.leafHash();
            expectedLeaves.add(leafHashes.size() + " " + row.globalIndex() + " " + row.eventIdentifier() + " "
                    + row.aggregateIdentifier() + " " + row.sequenceNumber() + " " + HexFormat.of().formatHex(hash));
            leafHashes.add(hash);
        }
        List<String> expectedLinks = rows.stream()
                .flatMap(row -> proposals.of(row.payload()).map(p -> p + " " + row.aggregateIdentifier()).stream())
                .distinct().sorted().toList();

        assertThat(oneByOne.leafRows()).containsExactlyElementsOf(expectedLeaves);
        assertThat(batched.leafRows()).containsExactlyElementsOf(expectedLeaves);
        assertThat(expectedLinks).contains(FIRST + " meeting-1", SECOND + " meeting-1", THIRD + " publication-1");
        assertThat(oneByOne.links()).containsExactlyElementsOf(expectedLinks);
        assertThat(batched.links()).containsExactlyElementsOf(expectedLinks);

        MerkleTree tree = new MerkleTree(leafHashes);
        for (Log log : List.of(oneByOne, batched)) {
            SignedTreeHead latest = log.store().latestHead().orElseThrow();
            assertThat(latest.treeSize()).isEqualTo(EVENTS.size());
            assertThat(latest.rootHash()).isEqualTo(HexFormat.of().formatHex(tree.root(EVENTS.size())));
        }
        // every head the batches signed is the root of its prefix
        for (long size : List.of(4L, 8L, 11L)) {
            assertThat(batched.store().headAt(size).orElseThrow().rootHash())
                    .isEqualTo(HexFormat.of().formatHex(tree.root(size)));
        }
    }
}
