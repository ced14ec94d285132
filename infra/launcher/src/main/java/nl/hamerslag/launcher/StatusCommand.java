package nl.hamerslag.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code ./hamerslag status}: the running launcher's status file, with each component's health asked
 * live ({@code /actuator/health}, the status only; a TCP connect for the broker and the database).
 * Exit 0 while a launcher runs on the data folder, 3 when none does.
 */
final class StatusCommand {

    static final int NOT_RUNNING = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private StatusCommand() {
    }

    static int run(LaunchSettings settings, PrintStream out) {
        StatusFile file = new StatusFile(settings.dataDir());
        Optional<StatusFile.Content> content = file.read();
        if (content.isEmpty()) {
            if (lockHeld(settings.dataDir().resolve("launcher.lock"))) {
                out.println("a launcher is starting on " + settings.dataDir() + "; the status follows once every"
                        + " component is up (their logs are in " + settings.logDir() + ")");
                return 0;
            }
            out.println("no launcher is running on " + settings.dataDir() + " (no " + file.path() + ")");
            return NOT_RUNNING;
        }
        StatusFile.Content c = content.get();
        if (ProcessHandle.of(c.launcherPid()).filter(ProcessHandle::isAlive).isEmpty()) {
            out.println("no launcher is running on " + settings.dataDir() + ": the last one (pid " + c.launcherPid()
                    + ") ended without cleaning up; its children were stopped with it or are stopped by the next `up`");
            return NOT_RUNNING;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
        out.println("launcher pid " + c.launcherPid() + ", data folder " + settings.dataDir() + ", as of " + c.updatedAt());
        String format = "  %-20s %-11s %-8s %-32s %-9s %s%n";
        out.printf(format, "COMPONENT", "STATE", "PID", "URL", "RESTARTS", "HEALTH");
        for (ComponentStatus s : c.components()) {
            out.printf(format, s.name(), s.state(), s.pid() == 0 ? "-" : Long.toString(s.pid()), s.url(),
                    s.restarts(), health(http, s.url()));
        }
        return 0;
    }

    /** Whether a launcher holds the data folder's lock (taken and released again at once if not). */
    private static boolean lockHeld(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this very JVM
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code UP}, {@code DOWN}, ... from {@code /actuator/health}; {@code accepting} for a bare {@code host:port}. */
    static String health(HttpClient http, String url) {
        if (url.startsWith("http://") || url.startsWith("https://")) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health"))
                        .timeout(PROBE_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
                JsonNode status = JSON.readTree(response.body()).path("status");
                return status.isTextual() ? status.asText() : "HTTP " + response.statusCode();
            } catch (IOException e) {
                return "unreachable";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "unknown";
            }
        }
        int colon = url.lastIndexOf(':');
        if (colon < 0 || url.contains("/")) {
            return "-";
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.substring(0, colon), Integer.parseInt(url.substring(colon + 1))),
                    (int) PROBE_TIMEOUT.toMillis());
            return "accepting";
        } catch (IOException | NumberFormatException e) {
            return "unreachable";
        }
    }
}
