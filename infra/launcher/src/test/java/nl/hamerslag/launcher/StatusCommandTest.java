package nl.hamerslag.launcher;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./hamerslag status} reads what the running launcher wrote and asks each component's health itself. */
class StatusCommandTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private HttpServer server;

    private int status() {
        return Main.run(new String[] {"status"}, Map.of("HAMERSLAG_DATA_DIR", dataDir.toString()), dataDir,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void withoutALauncherItSaysSoAndExitsThree() {
        assertThat(status()).isEqualTo(StatusCommand.NOT_RUNNING);

        assertThat(printed()).contains("no launcher is running on " + dataDir);
    }

    @Test
    void whileALauncherIsStillStartingItSaysSo() throws Exception {
        try (java.nio.channels.FileChannel lock = java.nio.channels.FileChannel.open(dataDir.resolve("launcher.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock held = lock.lock()) {
            assertThat(status()).isZero();
        }

        assertThat(printed()).contains("a launcher is starting on " + dataDir);
    }

    @Test
    void aStatusFileLeftByADeadLauncherIsNotTakenForARunningOne() throws Exception {
        Process gone = new ProcessBuilder("sh", "-c", "exit 0").start();
        gone.waitFor();
        Files.writeString(dataDir.resolve("status.json"), "{\"launcherPid\":" + gone.pid()
                + ",\"updatedAt\":\"2026-12-02T04:00:00Z\",\"components\":[]}");

        assertThat(status()).isEqualTo(StatusCommand.NOT_RUNNING);

        assertThat(printed()).contains("no launcher is running", "pid " + gone.pid(), "ended without cleaning up");
    }

    @Test
    void everyComponentIsShownWithItsStatePidUrlRestartsAndLiveHealth() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/up/actuator/health", exchange -> answer(exchange, 200, "{\"status\":\"UP\",\"components\":{}}"));
        server.createContext("/down/actuator/health", exchange -> answer(exchange, 503, "{\"status\":\"DOWN\"}"));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        new StatusFile(dataDir).write(List.of(
                new ComponentStatus("drafting-service", ComponentStatus.RUNNING, 4242, base + "/up", 0, null, "d.log"),
                new ComponentStatus("approval-service", ComponentStatus.RESTARTING, 0, base + "/down", 2, 1, "a.log"),
                new ComponentStatus("gateway", ComponentStatus.DOWN, 0, "http://127.0.0.1:1", 5, 1, "g.log"),
                new ComponentStatus("kafka", ComponentStatus.RUNNING, 77, "127.0.0.1:" + server.getAddress().getPort(),
                        0, null, "k.log")));

        assertThat(status()).isZero();

        assertThat(printed().lines()).anySatisfy(l -> assertThat(l).contains("drafting-service", "running", "4242", "/up", "UP"))
                .anySatisfy(l -> assertThat(l).contains("approval-service", "restarting", " 2 ", "DOWN"))
                .anySatisfy(l -> assertThat(l).contains("gateway", "down", " 5 ", "unreachable"))
                .anySatisfy(l -> assertThat(l).contains("kafka", "running", "accepting"));
        assertThat(printed()).contains("launcher pid " + ProcessHandle.current().pid());
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int code, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(code, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
