package nl.hamerslag.launcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which jar a component starts from and with which archive option, from what is on disk (ADR 0046). */
class ClassDataSharingTest {

    @TempDir
    Path repo;
    private LaunchSettings settings;
    private Path execJar;
    private Path cds;

    @BeforeEach
    void anExecJar() throws IOException {
        settings = LaunchSettings.fromEnvironment(Map.of(), repo);
        execJar = Component.GATEWAY.jar(repo);
        Files.createDirectories(execJar.getParent());
        Files.writeString(execJar, "a jar");
        cds = execJar.getParent().resolve("cds");
    }

    @Test
    void notExtractedYetItStartsFromTheExecJar() {
        assertThat(ClassDataSharing.jarArguments(settings, Component.GATEWAY)).containsExactly("-jar", execJar.toString());
    }

    @Test
    void extractedTheFirstStartRecordsTheArchiveAndEveryLaterOneUsesIt() throws Exception {
        extracted();
        Path app = cds.resolve("app").resolve("gateway-exec.jar");

        assertThat(ClassDataSharing.jarArguments(settings, Component.GATEWAY))
                .containsExactly("-XX:ArchiveClassesAtExit=" + cds.resolve("app.jsa"), "-jar", app.toString());

        Files.writeString(cds.resolve("app.jsa"), "archive");
        assertThat(ClassDataSharing.jarArguments(settings, Component.GATEWAY))
                .containsExactly("-XX:SharedArchiveFile=" + cds.resolve("app.jsa"), "-jar", app.toString());
    }

    @Test
    void aComponentWithoutItsArchiveYetRecordsItAtItsStop() throws Exception {
        assertThat(ClassDataSharing.recording(settings)).as("nothing extracted: nothing to record").isFalse();
        extracted();
        assertThat(ClassDataSharing.recording(settings)).isTrue();
        Files.writeString(cds.resolve("app.jsa"), "archive");
        assertThat(ClassDataSharing.recording(settings)).isFalse();
    }

    @Test
    void withoutRecordingAnArchiveIsUsedWhenThereAndNeverMade() throws Exception {
        extracted();
        System.setProperty(ClassDataSharing.RECORD, "false");
        try {
            assertThat(ClassDataSharing.jarArguments(settings, Component.GATEWAY)).containsExactly("-jar", execJar.toString());
            assertThat(ClassDataSharing.recording(settings)).isFalse();
            Files.writeString(cds.resolve("app.jsa"), "archive");
            assertThat(ClassDataSharing.jarArguments(settings, Component.GATEWAY)).first().asString()
                    .startsWith("-XX:SharedArchiveFile=");
        } finally {
            System.clearProperty(ClassDataSharing.RECORD);
        }
    }

    @Test
    void anExecJarWithOtherContentsIsNotStartedFromTheOldExtraction() throws Exception {
        extracted();
        Files.writeString(execJar, "a jar!");

        assertThat(ClassDataSharing.jarArguments(settings, Component.GATEWAY)).containsExactly("-jar", execJar.toString());
    }

    @Test
    void theSameBytesWrittenAgainByABuildKeepTheExtraction() throws Exception {
        extracted();
        Files.writeString(execJar, "a jar");
        Files.setLastModifiedTime(execJar, FileTime.fromMillis(Files.getLastModifiedTime(execJar).toMillis() + 1000));

        assertThat(ClassDataSharing.jarArguments(settings, Component.GATEWAY)).element(1).isEqualTo("-jar");
        assertThat(ClassDataSharing.jarArguments(settings, Component.GATEWAY)).last().asString().contains("/cds/app/");
    }

    @Test
    void xshareOffOrAnArchiveOfTheOperatorsOwnTurnsItOff() throws Exception {
        extracted();
        for (String option : List.of("-Xshare:off", "-XX:SharedArchiveFile=/elsewhere.jsa")) {
            LaunchSettings own = settings.withJavaOptions(List.of("-Xmx384m", option));

            assertThat(ClassDataSharing.jarArguments(own, Component.GATEWAY)).as(option)
                    .containsExactly("-jar", execJar.toString());
        }
    }

    @Test
    void anExecJarThatCannotBeExtractedStartsAsBefore() throws IOException {
        ClassDataSharing.prepare(settings).join();

        assertThat(ClassDataSharing.jarArguments(settings, Component.GATEWAY)).containsExactly("-jar", execJar.toString());
        assertThat(cds.resolve("extract.log")).exists();
    }

    /** As {@code prepare} leaves it: the application jar extracted and the stamp of the exec jar it came from. */
    private void extracted() throws Exception {
        Files.createDirectories(cds.resolve("app"));
        Files.writeString(cds.resolve("app").resolve("gateway-exec.jar"), "extracted");
        Files.writeString(cds.resolve("source"), Files.size(execJar) + " "
                + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(execJar))));
    }
}
