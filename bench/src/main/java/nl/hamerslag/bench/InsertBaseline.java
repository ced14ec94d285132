package nl.hamerslag.bench;

import nl.hamerslag.launcher.DatabaseServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the database under the services can do at most for a write like an event's: one row with a ~600-byte
 * bytea, INSERT and COMMIT, on the same PostgreSQL server the services use, with its durable settings
 * (fsync, synchronous_commit, full_page_writes on, as the launcher starts it). Its own database "bench".
 */
final class InsertBaseline {

    static final int PAYLOAD_BYTES = 600;
    private static final String DATABASE = "bench";

    private InsertBaseline() {
    }

    /** Rows per second with {@code clients} connections, each inserting and committing one row at a time. */
    static double rowsPerSecond(DatabaseServer server, int clients, int seconds) throws Exception {
        prepare(server);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            long start = System.nanoTime();
            List<Future<Long>> counts = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                counts.add(pool.submit(() -> insertUntil(server, deadline)));
            }
            long rows = 0;
            for (Future<Long> f : counts) {
                rows += f.get();
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an INSERT client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long insertUntil(DatabaseServer server, long deadline) throws SQLException {
        byte[] payload = new byte[PAYLOAD_BYTES];
        ThreadLocalRandom.current().nextBytes(payload); // not compressible: TOAST would not shrink it
        try (Connection c = server.connect(DATABASE);
             PreparedStatement insert = c.prepareStatement("INSERT INTO bench_insert (payload) VALUES (?)")) {
            c.setAutoCommit(true); // one commit (one WAL flush) per row, as one event per command
            long rows = 0;
            while (System.nanoTime() < deadline) {
                insert.setBytes(1, payload);
                insert.executeUpdate();
                rows++;
            }
            return rows;
        }
    }

    private static void prepare(DatabaseServer server) throws SQLException {
        try (Connection admin = server.connect("postgres")) {
            boolean exists;
            try (PreparedStatement ps = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, DATABASE);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement s = admin.createStatement()) {
                    s.execute("CREATE DATABASE " + DATABASE);
                }
            }
        }
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_insert (id bigserial PRIMARY KEY, payload bytea NOT NULL)");
            s.execute("TRUNCATE bench_insert");
        }
    }

    /** The server's durability settings as it runs them now, to print beside the figure. */
    static String durability(DatabaseServer server) throws SQLException {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit'),"
                     + " current_setting('full_page_writes'), current_setting('server_version')")) {
            rs.next();
            return "PostgreSQL " + rs.getString(4) + ", fsync=" + rs.getString(1) + ", synchronous_commit="
                    + rs.getString(2) + ", full_page_writes=" + rs.getString(3);
        }
    }
}
