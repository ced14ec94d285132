package nl.hamerslag.launcher;

import nl.hamerslag.identity.LocalSigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

/**
 * What the services need before they start: the data folder (locked against a second launcher), the
 * local signing key, PostgreSQL with the five databases, Kafka with the five topics. {@link #close()}
 * stops the broker, then PostgreSQL, and ends the child-process machinery.
 */
public final class Infrastructure implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Infrastructure.class);

    private final LaunchSettings settings;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ChildProcesses children;
    private DatabaseServer database;
    private ChildProcesses.NamedProcess broker;
    private String kafkaBootstrap;
    private boolean closed;
    private Thread shutdownHook;

    private Infrastructure(LaunchSettings settings, FileChannel lockChannel, FileLock lock) {
        this.settings = settings;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.children = new ChildProcesses(settings.dataDir().resolve("run"));
    }

    /**
     * Starts PostgreSQL and Kafka (or checks the external ones) and creates what is missing. A shutdown
     * hook closes it at JVM exit if {@link #close()} was not called.
     */
    public static Infrastructure start(LaunchSettings settings) {
        return start(settings, true);
    }

    static Infrastructure start(LaunchSettings settings, boolean withShutdownHook) {
        Infrastructure infra = lock(settings);
        if (withShutdownHook) {
            infra.shutdownHook = ShutdownHooks.register("hamerslag-infrastructure-shutdown", infra::close);
        }
        try {
            infra.children.stopLeftovers(settings.dataDir().toString());
            LocalSigningKey.loadOrCreate(settings.keyDir());
            LOG.info("starting PostgreSQL{}", settings.embeddedDatabase()
                    ? " (embedded, port " + settings.postgresPort() + ")" : " (external, " + settings.externalDatabase().jdbcUrl() + ")");
            infra.database = DatabaseServer.start(settings);
            if (settings.embeddedKafka()) {
                LOG.info("starting the Kafka broker (port {})", settings.kafkaPort());
                infra.broker = EmbeddedKafka.start(settings, infra.children);
                infra.kafkaBootstrap = EmbeddedKafka.bootstrap(settings);
            } else {
                infra.kafkaBootstrap = settings.externalKafkaBootstrap();
            }
            KafkaTopics.ensure(infra.kafkaBootstrap);
            return infra;
        } catch (RuntimeException e) {
            infra.close();
            throw e;
        }
    }

    private static Infrastructure lock(LaunchSettings settings) {
        Path lockFile = settings.dataDir().resolve("launcher.lock");
        try {
            Files.createDirectories(settings.dataDir());
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new LauncherException("another launcher is already running on the data folder "
                        + settings.dataDir() + "; stop it first, or set HAMERSLAG_DATA_DIR to another folder");
            }
            return new Infrastructure(settings, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile, e);
        }
    }

    public LaunchSettings settings() {
        return settings;
    }

    public DatabaseServer database() {
        return database;
    }

    /** {@code host:port} of the Kafka cluster the services use. */
    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    /** For an owner that stops this itself from its own hook, after its processes. */
    synchronized void dropShutdownHook() {
        ShutdownHooks.unregister(shutdownHook);
        shutdownHook = null;
    }

    ChildProcesses children() {
        return children;
    }

    /** The embedded broker's process; null with an external Kafka. */
    synchronized ChildProcesses.NamedProcess broker() {
        return broker;
    }

    /** Starts the embedded broker again after it died; {@link #close()} then stops the new one. */
    synchronized Process restartBroker() {
        if (closed) {
            throw new LauncherException("the infrastructure is stopping");
        }
        broker = EmbeddedKafka.start(settings, children, true);
        return broker.process();
    }

    /** Stops the broker, then PostgreSQL; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        ShutdownHooks.unregister(shutdownHook);
        if (broker != null) {
            LOG.info("stopping the Kafka broker");
            children.stop(List.of(broker), Duration.ofSeconds(30));
        }
        if (database != null) {
            LOG.info("stopping PostgreSQL");
            database.close();
        }
        children.close();
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.warn("cannot release the data folder lock", e);
        }
    }
}
