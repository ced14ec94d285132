package nl.hamerslag.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts each component from its exec jar extracted next to it ({@code <module>/target/cds/app}) with a class-data
 * archive: the first start records the classes it loaded ({@code -XX:ArchiveClassesAtExit}, written when the
 * component stops), every later one maps them instead of loading, verifying and parsing them again. On two cores
 * with six JVMs starting at once, loading classes is most of the start: the gateway's start took 8.7 s of CPU
 * without the archive and 4.2 s with it (ADR 0046).
 * <p>
 * Nothing here can stop a start: an exec jar that cannot be extracted, or an archive the JVM does not accept (another
 * JDK, a changed jar), means the plain {@code -jar <exec jar>} or a start without the archive, as before. An exec
 * jar with other contents throws the extraction and its archive away. {@code -Xshare:off} in
 * {@code HAMERSLAG_JAVA_OPTS} turns all of it off.
 */
final class ClassDataSharing {

    private static final Logger LOG = LoggerFactory.getLogger(ClassDataSharing.class);
    static final String OFF = "-Xshare:off";
    static final String RECORD = "hamerslag.cds.record";
    private static final Map<String, String> HASHED = new ConcurrentHashMap<>();

    private ClassDataSharing() {
    }

    /** The arguments that name the code to run: archive options and {@code -jar}, from what is prepared on disk. */
    static List<String> jarArguments(LaunchSettings settings, Component c) {
        Path execJar = c.jar(settings.repoRoot());
        Path home = home(execJar);
        if (!enabled(settings) || !prepared(execJar, home)) {
            return List.of("-jar", execJar.toString());
        }
        Path archive = home.resolve("app.jsa");
        Path app = home.resolve("app").resolve(execJar.getFileName());
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-jar", app.toString());
        }
        return recordingAllowed()
                ? List.of("-XX:ArchiveClassesAtExit=" + archive, "-jar", app.toString())
                : List.of("-jar", execJar.toString());
    }

    /**
     * Whether a start without an archive records one ({@value #RECORD} not {@code false}). The system tests say
     * false: on a clean checkout (CI) they start once, so recording would only cost the stop a minute; archives an
     * earlier {@code ./hamerslag up} wrote are still used.
     */
    static boolean recordingAllowed() {
        return !"false".equals(System.getProperty(RECORD));
    }

    /** Whether a component runs without its archive yet, so it writes one when it stops. */
    static boolean recording(LaunchSettings settings) {
        return enabled(settings) && recordingAllowed() && Component.all().stream().anyMatch(c -> {
            Path execJar = c.jar(settings.repoRoot());
            Path home = home(execJar);
            return prepared(execJar, home) && !Files.isRegularFile(home.resolve("app.jsa"));
        });
    }

    /** Extracts every exec jar that is not extracted yet, in parallel; never fails (a failure is logged). */
    static CompletableFuture<Void> prepare(LaunchSettings settings) {
        if (!enabled(settings)) {
            return CompletableFuture.completedFuture(null);
        }
        List<CompletableFuture<Void>> all = new ArrayList<>();
        if (!recordingAllowed()) {
            return CompletableFuture.completedFuture(null); // only what an earlier start prepared is used
        }
        for (Component c : Component.all()) {
            all.add(CompletableFuture.runAsync(() -> prepare(c.jar(settings.repoRoot()))));
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
    }

    static boolean enabled(LaunchSettings settings) {
        return settings.javaOptions().stream().noneMatch(o -> o.equals(OFF) || o.startsWith("-XX:SharedArchiveFile")
                || o.startsWith("-XX:ArchiveClassesAtExit"));
    }

    private static void prepare(Path execJar) {
        Path home = home(execJar);
        if (!Files.isRegularFile(execJar) || prepared(execJar, home)) {
            return;
        }
        try {
            deleteRecursively(home);
            Files.createDirectories(home);
            Process p = new ProcessBuilder(ChildProcesses.javaExecutable(), "-Djarmode=tools", "-jar", execJar.toString(),
                    "extract", "--destination", home.resolve("app").toString())
                    .redirectErrorStream(true).redirectOutput(home.resolve("extract.log").toFile()).start();
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                LOG.warn("could not extract {} (see {}): it starts without a class-data archive", execJar,
                        home.resolve("extract.log"));
                return;
            }
            Files.writeString(home.resolve("source"), stamp(execJar));
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not extract {} ({}): it starts without a class-data archive", execJar, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Extracted from exactly this exec jar: the stamp written after the extraction matches the jar. */
    private static boolean prepared(Path execJar, Path home) {
        try {
            return Files.isRegularFile(home.resolve("source")) && Files.isRegularFile(execJar)
                    && Files.readString(home.resolve("source")).equals(stamp(execJar))
                    && Files.isRegularFile(home.resolve("app").resolve(execJar.getFileName()));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What the exec jar holds: its size and SHA-256. Not its modification time: every Maven build writes the jar
     * again, with the same bytes (reproducible builds, {@code project.build.outputTimestamp}), and that must not throw
     * the archive away. Hashed once per file version seen ({@link #HASHED}), not on every command line.
     */
    private static String stamp(Path execJar) throws IOException {
        String version = execJar + " " + Files.size(execJar) + " " + Files.getLastModifiedTime(execJar).toMillis();
        String known = HASHED.get(version);
        if (known != null) {
            return known;
        }
        try (InputStream in = Files.newInputStream(execJar)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            String stamp = Files.size(execJar) + " " + HexFormat.of().formatHex(sha.digest());
            HASHED.put(version, stamp);
            return stamp;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Path home(Path execJar) {
        return execJar.getParent().resolve("cds");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
