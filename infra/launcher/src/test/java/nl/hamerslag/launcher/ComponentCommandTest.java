package nl.hamerslag.launcher;

import nl.hamerslag.contracts.ServiceCatalog;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command lines follow the convention every service reads (ARCHITECTURE.md, "Running it"). */
class ComponentCommandTest {

    private final LaunchSettings settings = LaunchSettings.fromEnvironment(
            Map.of("HAMERSLAG_DATA_DIR", "/data/h"), Path.of("/repo"));
    private final DatabaseServer db = new DatabaseServer.External(
            new ExternalDatabase("jdbc:postgresql://localhost:15432/", "postgres", "pw"));

    @Test
    void aServiceGetsItsPortItsDatabaseKafkaTheDataFolderAndTheLocalProfile() {
        List<String> cmd = HamerslagSystem.command(settings, db, "localhost:19092", Component.of(ServiceCatalog.DRAFTING));

        assertThat(cmd.get(0)).endsWith("/bin/java");
        assertThat(cmd.subList(1, cmd.size())).containsExactly(
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", "/repo/drafting-service/target/drafting-service-exec.jar",
                "--server.port=8081",
                "--spring.datasource.url=jdbc:postgresql://localhost:15432/drafting",
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=pw",
                "--spring.kafka.bootstrap-servers=localhost:19092",
                "--hamerslag.data-dir=/data/h",
                "--spring.profiles.active=local");
    }

    @Test
    void meetingAndPublicationFetchDocumentsFromDraftingDirectlyWithTheLocalServiceIdentity() {
        for (ServiceCatalog reader : List.of(ServiceCatalog.MEETING, ServiceCatalog.PUBLICATION)) {
            List<String> cmd = HamerslagSystem.command(settings, db, "localhost:19092", Component.of(reader));
            assertThat(cmd).as(reader.module()).contains("--hamerslag.documents.owners.drafting=http://localhost:8081",
                    "--hamerslag.data-dir=/data/h");
            assertThat(cmd).as("local mode: the service signs its own token with the data folder's key")
                    .noneMatch(arg -> arg.startsWith("--hamerslag.service-identity.token-uri"));
        }
        for (ServiceCatalog other : List.of(ServiceCatalog.DRAFTING, ServiceCatalog.APPROVAL, ServiceCatalog.FOLLOWUP)) {
            assertThat(HamerslagSystem.command(settings, db, "localhost:19092", Component.of(other)))
                    .as(other.module()).noneMatch(arg -> arg.startsWith("--hamerslag.documents."));
        }
    }

    @Test
    void publicationAlsoFetchesMeetingsPackagesAndFollowUpsSettlementDocumentsMeetingOnlyDraftings() {
        assertThat(HamerslagSystem.command(settings, db, "localhost:19092", Component.of(ServiceCatalog.PUBLICATION)))
                .filteredOn(arg -> arg.startsWith("--hamerslag.documents.owners."))
                .containsExactlyInAnyOrder("--hamerslag.documents.owners.drafting=http://localhost:8081",
                        "--hamerslag.documents.owners.meeting=http://localhost:8083",
                        "--hamerslag.documents.owners.followup=http://localhost:8085");
        assertThat(HamerslagSystem.command(settings, db, "localhost:19092", Component.of(ServiceCatalog.MEETING)))
                .filteredOn(arg -> arg.startsWith("--hamerslag.documents.owners."))
                .containsExactly("--hamerslag.documents.owners.drafting=http://localhost:8081");
    }

    @Test
    void theGatewayGetsTheUrlOfEveryServiceAndNoDatabase() {
        List<String> cmd = HamerslagSystem.command(settings, db, "localhost:19092", Component.GATEWAY);

        assertThat(cmd.subList(4, cmd.size())).as("after the JVM options").containsExactly(
                "-jar", "/repo/gateway/target/gateway-exec.jar",
                "--server.port=8080",
                "--hamerslag.data-dir=/data/h",
                "--spring.profiles.active=local",
                "--hamerslag.services.drafting.url=http://localhost:8081",
                "--hamerslag.services.approval.url=http://localhost:8082",
                "--hamerslag.services.meeting.url=http://localhost:8083",
                "--hamerslag.services.publication.url=http://localhost:8084",
                "--hamerslag.services.followup.url=http://localhost:8085");
    }

    @Test
    void everyComponentListensWhereHamerslagBindSaysLoopbackByDefault() {
        assertThat(HamerslagSystem.environment(settings)).containsEntry("HAMERSLAG_BIND", "127.0.0.1");

        LaunchSettings everywhere = LaunchSettings.fromEnvironment(Map.of("HAMERSLAG_BIND", "0.0.0.0"), Path.of("/repo"));
        assertThat(HamerslagSystem.environment(everywhere)).containsEntry("HAMERSLAG_BIND", "0.0.0.0");
    }

    @Test
    void onAllInterfacesTheLauncherStillPollsPrintsAndRoutesThroughLoopback() {
        LaunchSettings everywhere = LaunchSettings.fromEnvironment(Map.of("HAMERSLAG_BIND", "0.0.0.0"), Path.of("/repo"));

        assertThat(HamerslagSystem.healthUrl(everywhere, Component.GATEWAY)).hasToString("http://localhost:8080/actuator/health");
        assertThat(HamerslagSystem.command(everywhere, db, "localhost:19092", Component.GATEWAY))
                .contains("--hamerslag.services.drafting.url=http://localhost:8081");
    }

    @Test
    void onOneOtherAddressTheLauncherTalksToThatAddress() {
        LaunchSettings lan = LaunchSettings.fromEnvironment(Map.of("HAMERSLAG_BIND", "192.168.1.5"), Path.of("/repo"));

        assertThat(HamerslagSystem.healthUrl(lan, Component.GATEWAY)).hasToString("http://192.168.1.5:8080/actuator/health");
        assertThat(HamerslagSystem.command(lan, db, "localhost:19092", Component.GATEWAY))
                .contains("--hamerslag.services.drafting.url=http://192.168.1.5:8081");
    }

    @Test
    void startingWithoutTheJarsFailsBeforeAnythingIsStarted(@org.junit.jupiter.api.io.TempDir Path emptyRepo) {
        LaunchSettings s = LaunchSettings.forTests(emptyRepo, emptyRepo.resolve("data"));

        assertThatThrownBy(() -> HamerslagSystem.start(s))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("drafting-service-exec.jar")
                .hasMessageContaining("gateway-exec.jar")
                .hasMessageContaining("./mvnw -B -DskipTests install");
        assertThat(emptyRepo.resolve("data")).doesNotExist();
    }
}
