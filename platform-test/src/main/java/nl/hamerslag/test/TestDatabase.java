package nl.hamerslag.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for integration tests: the server {@code HAMERSLAG_TEST_DB_URL} names (a JDBC
 * URL of its maintenance database, with {@code HAMERSLAG_TEST_DB_USER} / {@code _PASSWORD}), or else
 * an embedded PostgreSQL 17 started once per JVM. Every test context gets a database of its own.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static TestDatabase instance;

    private final String serverUrl;
    private final String user;
    private final String password;

    private TestDatabase(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            String url = System.getenv("HAMERSLAG_TEST_DB_URL");
            if (url != null && !url.isBlank()) {
                instance = new TestDatabase(url, env("HAMERSLAG_TEST_DB_USER", "postgres"),
                        env("HAMERSLAG_TEST_DB_PASSWORD", "postgres"));
            } else {
                instance = embedded();
            }
        }
        return instance;
    }

    private static TestDatabase embedded() {
        try {
            // the library's defaults on purpose (fsync and synchronous_commit off): a test database is
            // thrown away, so speed beats durability here; ./hamerslag up runs durable (ADR 0023)
            // stopped by Spring Boot's shutdown hook after it has closed the cached test contexts, not by a
            // JVM hook (the library's or ours): JVM hooks run at the same time, and a context whose database
            // went away first hung in Hikari's or Axon's close until Surefire killed the fork 30 s later
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
                }
            });
            return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /** Creates a new, empty database and returns its JDBC URL. */
    public String createDatabase(String prefix) {
        String name = (prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet())
                .toLowerCase().replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + serverUrl, e);
        }
        return serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
