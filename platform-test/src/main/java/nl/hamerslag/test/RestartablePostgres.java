package nl.hamerslag.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server of one test's own that it can stop and start again, on the same port and data
 * directory, to show what a service does while its database is away. The shared {@link TestDatabase}
 * must never be stopped: other test classes in the same JVM use it.
 */
public final class RestartablePostgres implements AutoCloseable {

    private static final String USER = "postgres";

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private RestartablePostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    public static RestartablePostgres start() {
        try {
            RestartablePostgres postgres = new RestartablePostgres(Files.createTempDirectory("hamerslag-restartable-pg-"),
                    freePort());
            postgres.startServer();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a data directory for PostgreSQL", e);
        }
    }

    /** Stops the server; its data stays for {@link #restart()}. */
    public void stop() {
        try {
            server.close();
            server = null;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL on port " + port + " did not stop", e);
        }
    }

    public void restart() {
        startServer();
    }

    /** Creates a database and returns its JDBC URL; the URL stays valid across a restart. */
    public String createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, password());
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on port " + port, e);
        }
        return url(name);
    }

    public String user() {
        return USER;
    }

    public String password() {
        return "postgres";
    }

    @Override
    public void close() {
        if (server != null) {
            stop();
        }
    }

    private String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    private void startServer() {
        try {
            server = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL on port " + port + " in " + dataDirectory, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
