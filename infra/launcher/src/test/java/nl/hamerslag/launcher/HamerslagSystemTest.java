package nl.hamerslag.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The whole start with "exec jars" that are empty files: {@code java -jar} exits at once, so the
 * launcher must notice, name the component with its log tail, and stop PostgreSQL and Kafka again.
 */
class HamerslagSystemTest {

    @TempDir
    Path repo;

    @Test
    void aComponentThatExitsEarlyIsNamedWithItsLogAndEverythingIsStoppedAgain() throws IOException {
        for (Component c : Component.all()) {
            Files.createDirectories(c.jar(repo).getParent());
            Files.createFile(c.jar(repo));
        }
        Path lib = repo.resolve("infra/launcher/target/lib");
        Files.createDirectories(lib.getParent());
        Files.createSymbolicLink(lib, Path.of("target/lib").toAbsolutePath());
        LaunchSettings settings = LaunchSettings.forTests(repo, repo.resolve("data"));

        assertThatThrownBy(() -> HamerslagSystem.start(settings))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("exited early")
                .hasMessageContaining("/logs/")
                .hasMessageContaining("jarfile");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (int port : new int[] {settings.postgresPort(), settings.kafkaPort(), settings.kafkaControllerPort()}) {
                try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    assertThat(s.isBound()).isTrue();
                } catch (IOException e) {
                    throw new AssertionError("port " + port + " is still taken", e);
                }
            }
        });
        assertThat(settings.dataDir().resolve("run")).isEmptyDirectory();
    }
}
