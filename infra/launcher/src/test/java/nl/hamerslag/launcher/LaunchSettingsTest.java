package nl.hamerslag.launcher;

import nl.hamerslag.contracts.ServiceCatalog;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchSettingsTest {

    private static final Path REPO = Path.of("/repo");

    @Test
    void withoutEnvironmentEverythingIsEmbeddedOnTheDefaultPortsInTheRepoDataFolder() {
        LaunchSettings s = LaunchSettings.fromEnvironment(Map.of(), REPO);

        assertThat(s.dataDir()).isEqualTo(Path.of("/repo/.hamerslag"));
        assertThat(s.port(Component.GATEWAY)).isEqualTo(8080);
        assertThat(s.port(Component.of(ServiceCatalog.DRAFTING))).isEqualTo(8081);
        assertThat(s.port(Component.of(ServiceCatalog.APPROVAL))).isEqualTo(8082);
        assertThat(s.port(Component.of(ServiceCatalog.MEETING))).isEqualTo(8083);
        assertThat(s.port(Component.of(ServiceCatalog.PUBLICATION))).isEqualTo(8084);
        assertThat(s.port(Component.of(ServiceCatalog.FOLLOWUP))).isEqualTo(8085);
        assertThat(s.postgresPort()).isEqualTo(15432);
        assertThat(s.kafkaPort()).isEqualTo(19092);
        assertThat(s.kafkaControllerPort()).isEqualTo(19093);
        assertThat(s.embeddedDatabase()).isTrue();
        assertThat(s.embeddedKafka()).isTrue();
        assertThat(s.healthTimeout()).isEqualTo(Duration.ofSeconds(240));
        assertThat(s.javaOptions()).containsExactly("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(s.logFile("drafting-service")).isEqualTo(Path.of("/repo/.hamerslag/logs/drafting-service.log"));
        assertThat(s.launcherLibDir()).isEqualTo(Path.of("/repo/infra/launcher/target/lib"));
    }

    @Test
    void everyEnvironmentVariableOverridesItsDefault() {
        Map<String, String> env = Map.ofEntries(
                Map.entry("HAMERSLAG_DATA_DIR", "/var/hamerslag"),
                Map.entry("HAMERSLAG_GATEWAY_PORT", "9080"),
                Map.entry("HAMERSLAG_DRAFTING_PORT", "9081"),
                Map.entry("HAMERSLAG_APPROVAL_PORT", "9082"),
                Map.entry("HAMERSLAG_MEETING_PORT", "9083"),
                Map.entry("HAMERSLAG_PUBLICATION_PORT", "9084"),
                Map.entry("HAMERSLAG_FOLLOWUP_PORT", "9085"),
                Map.entry("HAMERSLAG_PG_PORT", "25432"),
                Map.entry("HAMERSLAG_KAFKA_PORT", "29092"),
                Map.entry("HAMERSLAG_HEALTH_TIMEOUT", "60"),
                Map.entry("HAMERSLAG_JAVA_OPTS", " -Xmx256m  -XX:+UseSerialGC "));

        LaunchSettings s = LaunchSettings.fromEnvironment(env, REPO);

        assertThat(s.dataDir()).isEqualTo(Path.of("/var/hamerslag"));
        assertThat(s.ports()).containsEntry(Component.GATEWAY, 9080).containsEntry(Component.of(ServiceCatalog.DRAFTING), 9081)
                .containsEntry(Component.of(ServiceCatalog.APPROVAL), 9082).containsEntry(Component.of(ServiceCatalog.MEETING), 9083)
                .containsEntry(Component.of(ServiceCatalog.PUBLICATION), 9084).containsEntry(Component.of(ServiceCatalog.FOLLOWUP), 9085);
        assertThat(s.postgresPort()).isEqualTo(25432);
        assertThat(s.kafkaPort()).isEqualTo(29092);
        assertThat(s.kafkaControllerPort()).as("the controller port follows the broker port").isEqualTo(29093);
        assertThat(s.healthTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.javaOptions()).containsExactly("-Xmx256m", "-XX:+UseSerialGC");
    }

    @Test
    void anEmptyVariableMeansTheDefault() {
        LaunchSettings s = LaunchSettings.fromEnvironment(Map.of("HAMERSLAG_PG_PORT", " ", "HAMERSLAG_DB_URL", ""), REPO);

        assertThat(s.postgresPort()).isEqualTo(15432);
        assertThat(s.embeddedDatabase()).isTrue();
    }

    @Test
    void aPortThatIsNotANumberIsRejectedNamingTheVariable() {
        assertThatThrownBy(() -> LaunchSettings.fromEnvironment(Map.of("HAMERSLAG_PG_PORT", "abc"), REPO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HAMERSLAG_PG_PORT must be a port number between 1 and 65535, got 'abc'");
    }

    @Test
    void aPortOutOfRangeIsRejectedNamingTheVariable() {
        assertThatThrownBy(() -> LaunchSettings.fromEnvironment(Map.of("HAMERSLAG_GATEWAY_PORT", "70000"), REPO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HAMERSLAG_GATEWAY_PORT")
                .hasMessageContaining("70000");
    }

    @Test
    void twoComponentsOnOnePortAreRejected() {
        assertThatThrownBy(() -> LaunchSettings.fromEnvironment(Map.of("HAMERSLAG_MEETING_PORT", "8081"), REPO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HAMERSLAG_DRAFTING_PORT and HAMERSLAG_MEETING_PORT both use port 8081");
    }

    @Test
    void aHealthTimeoutThatIsNotANumberIsRejected() {
        assertThatThrownBy(() -> LaunchSettings.fromEnvironment(Map.of("HAMERSLAG_HEALTH_TIMEOUT", "4m"), REPO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HAMERSLAG_HEALTH_TIMEOUT");
    }

    @Test
    void anExternalDatabaseGivesEachServiceItsOwnDatabaseOnThatServer() {
        LaunchSettings s = LaunchSettings.fromEnvironment(Map.of(
                "HAMERSLAG_DB_URL", "jdbc:postgresql://db:5432/",
                "HAMERSLAG_DB_USER", "hamerslag",
                "HAMERSLAG_DB_PASSWORD", "secret"), REPO);

        assertThat(s.embeddedDatabase()).isFalse();
        assertThat(s.externalDatabase().urlFor("drafting")).isEqualTo("jdbc:postgresql://db:5432/drafting");
        assertThat(s.externalDatabase().adminUrl()).isEqualTo("jdbc:postgresql://db:5432/postgres");
        assertThat(s.externalDatabase().user()).isEqualTo("hamerslag");
        assertThat(s.externalDatabase().password()).isEqualTo("secret");
        assertThat(s.externalDatabase().toString()).doesNotContain("secret");
    }

    @Test
    void anExternalDatabaseUrlKeepsItsParametersAndItsAdminDatabase() {
        ExternalDatabase db = new ExternalDatabase("jdbc:postgresql://db:5432/admin?sslmode=require", null, null);

        assertThat(db.urlFor("approval")).isEqualTo("jdbc:postgresql://db:5432/approval?sslmode=require");
        assertThat(db.adminUrl()).isEqualTo("jdbc:postgresql://db:5432/admin?sslmode=require");
        assertThat(new ExternalDatabase("jdbc:postgresql://db", null, null).urlFor("meeting"))
                .isEqualTo("jdbc:postgresql://db/meeting");
    }

    @Test
    void aDatabaseUrlThatIsNotPostgresJdbcIsRejected() {
        assertThatThrownBy(() -> LaunchSettings.fromEnvironment(Map.of("HAMERSLAG_DB_URL", "postgres://db:5432"), REPO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HAMERSLAG_DB_URL");
    }

    @Test
    void anExternalKafkaReplacesTheEmbeddedBrokerAndFreesItsPorts() {
        LaunchSettings s = LaunchSettings.fromEnvironment(Map.of(
                "HAMERSLAG_KAFKA_BOOTSTRAP", "kafka:9092",
                "HAMERSLAG_KAFKA_PORT", "8080"), REPO);

        assertThat(s.embeddedKafka()).isFalse();
        assertThat(s.externalKafkaBootstrap()).isEqualTo("kafka:9092");
    }

    @Test
    void freePortsAreDistinctAndKeepEverythingElse() {
        LaunchSettings s = LaunchSettings.forTests(REPO, Path.of("/tmp/x"));

        Set<Integer> ports = new HashSet<>(s.ports().values());
        ports.addAll(List.of(s.postgresPort(), s.kafkaPort(), s.kafkaControllerPort()));
        assertThat(ports).hasSize(9);
        assertThat(s.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(s.repoRoot()).isEqualTo(REPO);
    }

    @Test
    void componentsAreFoundByModuleOrShortName() {
        assertThat(Component.parse("drafting-service")).isEqualTo(Component.of(ServiceCatalog.DRAFTING));
        assertThat(Component.parse("followup")).isEqualTo(Component.of(ServiceCatalog.FOLLOWUP));
        assertThat(Component.parse("GATEWAY")).isEqualTo(Component.GATEWAY);
        assertThat(Component.of(ServiceCatalog.DRAFTING).jar(REPO)).isEqualTo(Path.of("/repo/drafting-service/target/drafting-service-exec.jar"));
        assertThatThrownBy(() -> Component.parse("billing")).hasMessageContaining("drafting-service");
    }
}
