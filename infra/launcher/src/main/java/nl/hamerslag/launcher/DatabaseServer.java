package nl.hamerslag.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * The PostgreSQL server the services use: the embedded one (zonky, PostgreSQL 17, data in
 * {@code postgres/} of the data folder, kept between runs) or the external one that
 * {@code HAMERSLAG_DB_URL} names. Either way the five service databases exist once it is started.
 */
public abstract class DatabaseServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseServer.class);

    /** The JDBC URL of one database on this server. */
    public abstract String jdbcUrl(String database);

    public abstract String username();

    public abstract String password();

    /** A connection to one database, e.g. to look at what a service wrote. */
    public Connection connect(String database) throws SQLException {
        return connectUrl(jdbcUrl(database));
    }

    abstract String adminUrl();

    @Override
    public abstract void close();

    static DatabaseServer start(LaunchSettings settings) {
        DatabaseServer server = settings.embeddedDatabase() ? Embedded.start(settings) : new External(settings.externalDatabase());
        try {
            server.createDatabases(Component.SERVICES.stream().map(Component::database).toList());
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Creates each database that does not exist yet. */
    void createDatabases(List<String> databases) {
        try (Connection c = connectUrl(adminUrl())) {
            for (String db : databases) {
                boolean exists;
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    ps.setString(1, db);
                    try (ResultSet rs = ps.executeQuery()) {
                        exists = rs.next();
                    }
                }
                if (!exists) {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE DATABASE \"" + db + "\"");
                    }
                    LOG.info("created database {}", db);
                }
            }
        } catch (SQLException e) {
            throw new LauncherException("cannot create the service databases through " + adminUrl() + ": "
                    + e.getMessage(), e);
        }
    }

    private Connection connectUrl(String url) throws SQLException {
        Properties props = new Properties();
        if (username() != null) {
            props.setProperty("user", username());
        }
        if (password() != null) {
            props.setProperty("password", password());
        }
        props.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(url, props);
    }

    /**
     * zonky's embedded PostgreSQL, run durable (ADR 0023); as root it runs the server through
     * {@code unshare -U} by itself.
     */
    static final class Embedded extends DatabaseServer {
        static final String USER = "postgres";
        private final EmbeddedPostgres postgres;
        private final int port;

        private Embedded(EmbeddedPostgres postgres, int port) {
            this.postgres = postgres;
            this.port = port;
        }

        static Embedded start(LaunchSettings settings) {
            Path pgData = settings.dataDir().resolve("postgres");
            Path log = settings.logFile("postgres");
            stopLeftoverPostmaster(pgData, settings.dataDir());
            try {
                Files.createDirectories(log.getParent());
                Files.deleteIfExists(log);
                ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setDataDirectory(pgData)
                        .setCleanDataDirectory(false)
                        .setPort(settings.postgresPort())
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setOutputRedirector(toLog)
                        .setErrorRedirector(toLog)
                        // zonky's defaults are for throw-away test databases (fsync off through -F,
                        // synchronous_commit off); this data folder is kept, so a crash must not corrupt it.
                        // A later -c wins over -F on the postgres command line.
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        // the launcher's own hook stops PostgreSQL after the services; zonky's would
                        // stop it at the same time, while the services still write
                        .setRegisterShutdownHook(false)
                        .start();
                return new Embedded(pg, settings.postgresPort());
            } catch (IOException | RuntimeException e) {
                throw new LauncherException("the embedded PostgreSQL did not start on port " + settings.postgresPort()
                        + " (" + e.getMessage() + "); the end of " + log + ":\n" + ChildProcesses.tail(log, 30), e);
            }
        }

        /** A postmaster left running by a killed launcher holds the data folder: stop it first. */
        private static void stopLeftoverPostmaster(Path pgData, Path dataDir) {
            Path pidFile = pgData.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            ChildProcesses.readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().commandLine().map(cmd -> cmd.contains(dataDir.toString())).orElse(true))
                    .ifPresent(h -> {
                        LOG.warn("PostgreSQL (pid {}) is still running from an earlier launcher; stopping it", h.pid());
                        ChildProcesses.stopHandle(h);
                    });
        }

        @Override
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://localhost:" + port + "/" + database;
        }

        @Override
        public String username() {
            return USER;
        }

        @Override
        public String password() {
            return "postgres"; // trust authentication: ignored, but some clients insist on one
        }

        @Override
        String adminUrl() {
            return jdbcUrl("postgres");
        }

        @Override
        public void close() {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warn("while stopping PostgreSQL", e);
            }
        }
    }

    /** A server that runs elsewhere: nothing to start or stop. */
    static final class External extends DatabaseServer {
        private final ExternalDatabase db;

        External(ExternalDatabase db) {
            this.db = db;
        }

        @Override
        public String jdbcUrl(String database) {
            return db.urlFor(database);
        }

        @Override
        public String username() {
            return db.user();
        }

        @Override
        public String password() {
            return db.password();
        }

        @Override
        String adminUrl() {
            return db.adminUrl();
        }

        @Override
        public void close() {
            // not ours to stop
        }
    }
}
