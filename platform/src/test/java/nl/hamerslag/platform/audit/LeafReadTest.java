package nl.hamerslag.platform.audit;

import nl.hamerslag.platform.eventstore.EventStoreAutoConfiguration;
import nl.hamerslag.test.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole log is read leaf by leaf (a verify, a proof, the builder's start): PostgreSQL's driver only reads a
 * result through a cursor inside a transaction, so the read must be in one while the leaves are handed over, or
 * the driver holds every leaf before the first is given (at a million leaves that took a service's heap). On a real
 * PostgreSQL, with more leaves than one fetch.
 */
class LeafReadTest {

    static final int LEAVES = 25_000;
    static String url;

    @BeforeAll
    static void leaves() {
        TestDatabase database = TestDatabase.get();
        url = database.createDatabase("audit_leaf_read");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, database.user(), database.password());
        Flyway.configure().dataSource(dataSource).table(EventStoreAutoConfiguration.PLATFORM_HISTORY_TABLE)
                .locations("classpath:db/platform").load().migrate();
        new JdbcTemplate(dataSource).update("""
                insert into audit_tree_leaf (leaf_index, global_index, event_identifier, aggregate_identifier,
                                             sequence_number, leaf_hash, added_at)
                select g, g + 1, 'event-' || g, 'stream-' || g, 0, sha256(int8send(g)), now()
                  from generate_series(0, ?) g""", LEAVES - 1);
    }

    static SingleConnectionDataSource oneConnection() {
        TestDatabase database = TestDatabase.get();
        return new SingleConnectionDataSource(url, database.user(), database.password(), true);
    }

    static String stateOf(int backend) {
        TestDatabase database = TestDatabase.get();
        return new JdbcTemplate(new DriverManagerDataSource(url, database.user(), database.password()))
                .queryForObject("select state from pg_stat_activity where pid = ?", String.class, backend);
    }

    @Test
    void theLeavesAreHandedOverWhileTheReadIsStillOpenAndTheConnectionIsLeftAsItWas() throws Exception {
        SingleConnectionDataSource dataSource = oneConnection();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        int backend = jdbc.queryForObject("select pg_backend_pid()", Integer.class);
        List<String> statesSeen = new ArrayList<>();
        List<Long> indexes = new ArrayList<>();

        new AuditLogStore(jdbc, "drafting").eachLeafHash(LEAVES, (index, leafHash) -> {
            if (index == 0) {
                statesSeen.add(stateOf(backend));
            }
            indexes.add(index);
        });

        assertThat(statesSeen).as("the reading backend when the first leaf is handed over")
                .containsExactly("idle in transaction");
        assertThat(indexes).hasSize(LEAVES).isSorted();
        assertThat(dataSource.getConnection().getAutoCommit()).as("auto-commit given back").isTrue();
        assertThat(stateOf(backend)).as("the read's transaction ended").isEqualTo("idle");
        dataSource.destroy();
    }

    @Test
    void insideACallersTransactionTheReadJoinsItAndLeavesItOpen() {
        SingleConnectionDataSource dataSource = oneConnection();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        int backend = jdbc.queryForObject("select pg_backend_pid()", Integer.class);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        long[] count = new long[1];
        String afterTheRead = transaction.execute(status -> {
            jdbc.update("insert into audit_witness_position (topic, tree_size) values ('joined', 1)");
            new AuditLogStore(jdbc, "drafting").eachLeafHash(LEAVES, (index, leafHash) -> count[0]++);
            String state = stateOf(backend);
            status.setRollbackOnly();
            return state;
        });

        assertThat(count[0]).isEqualTo(LEAVES);
        assertThat(afterTheRead).as("the caller's transaction is still open after the read").isEqualTo("idle in transaction");
        assertThat(jdbc.queryForObject("select count(*) from audit_witness_position where topic = 'joined'", Integer.class))
                .as("the caller's rollback undid its write: the read did not commit it").isZero();
        dataSource.destroy();
    }
}
