package nl.hamerslag.launcher;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.contracts.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs on the build machines, so infra/docker-compose.yml is checked as a file:
 * every part is there, every long-running service has a health check, the services reach Kafka,
 * their own database and Keycloak, and the realm puts the roles into a {@code roles} claim.
 */
class ComposeFileTest {

    private static final Path INFRA = Path.of("..");
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        try (Reader r = Files.newBufferedReader(INFRA.resolve("docker-compose.yml"), StandardCharsets.UTF_8)) {
            Map<String, Object> compose = new Yaml().load(r);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @Test
    void allSixComponentsAndKafkaPostgresAndKeycloakArePresent() {
        assertThat(services).containsKeys("kafka", "postgres", "keycloak");
        for (Component c : Component.all()) {
            assertThat(services).containsKey(c.module());
        }
    }

    @Test
    void everyLongRunningServiceHasAHealthcheckAndEveryServiceAnImageOrABuild() {
        List<String> oneShots = oneShotServices();
        services.forEach((name, service) -> {
            assertThat(service.containsKey("image") || service.containsKey("build"))
                    .as(name + " has an image or a build").isTrue();
            if (!oneShots.contains(name)) {
                assertThat(service).as(name + " has a healthcheck").containsKey("healthcheck");
                assertThat(test(service)).as(name + " healthcheck test").isNotEmpty();
            }
        });
        assertThat(oneShots).containsExactly("kafka-topics");
    }

    @Test
    void everyComponentIsBuiltFromItsOwnExecJarAndChecksItsActuatorHealth() {
        for (Component c : Component.all()) {
            Map<String, Object> service = services.get(c.module());
            Map<String, Object> build = map(service.get("build"));
            assertThat(build.get("dockerfile")).isEqualTo("infra/Dockerfile");
            assertThat(map(build.get("args")).get("JAR_FILE"))
                    .isEqualTo(c.module() + "/target/" + c.module() + "-exec.jar");
            assertThat(String.join(" ", test(service))).contains("/actuator/health");
            Path jarFromContext = INFRA.resolve(build.get("context").toString()).normalize();
            assertThat(jarFromContext.resolve("infra/Dockerfile")).as("the build context is the repo root").exists();
        }
    }

    @Test
    void everyComponentListensOnAllInterfacesOfItsContainer() {
        for (Component c : Component.all()) {
            assertThat(map(services.get(c.module()).get("environment")).get("HAMERSLAG_BIND"))
                    .as(c.module() + " HAMERSLAG_BIND").isEqualTo("0.0.0.0");
        }
    }

    @Test
    void eachServiceUsesItsOwnDatabaseKafkaAndValidatesKeycloakTokens() {
        for (Component c : Component.SERVICES) {
            Map<String, Object> env = map(services.get(c.module()).get("environment"));
            assertThat(env.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + c.database());
            assertThat(env).containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
            assertThat(env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
            assertThat(env.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI").toString())
                    .endsWith("/realms/hamerslag");
            assertThat(dependsOn(c.module())).contains("postgres", "kafka", "keycloak");
        }
        Map<String, Object> gateway = map(services.get("gateway").get("environment"));
        assertThat(gateway.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI").toString()).endsWith("/realms/hamerslag");
        for (Component c : Component.SERVICES) {
            assertThat(gateway.get("HAMERSLAG_SERVICES_" + c.shortName().toUpperCase() + "_URL"))
                    .isEqualTo("http://" + c.module() + ":8080");
        }
    }

    @Test
    void everyReaderFetchesItsOwnersDocumentsWithClientCredentialsFromTheEnvironment() {
        for (ServiceCatalog reader : HamerslagSystem.DOCUMENT_OWNERS.keySet()) {
            Map<String, Object> env = map(services.get(reader.module()).get("environment"));
            for (ServiceCatalog owner : HamerslagSystem.DOCUMENT_OWNERS.get(reader)) {
                assertThat(env.get("HAMERSLAG_DOCUMENTS_OWNERS_" + owner.shortName().toUpperCase()))
                        .as(reader.module() + " fetches from " + owner.module()).isEqualTo("http://" + owner.module() + ":8080");
            }
            assertThat(env.keySet()).as(reader.module() + ": no owner the launcher does not name")
                    .filteredOn(key -> key.startsWith("HAMERSLAG_DOCUMENTS_OWNERS_"))
                    .hasSize(HamerslagSystem.DOCUMENT_OWNERS.get(reader).size());
            assertThat(env.get("HAMERSLAG_SERVICEIDENTITY_CLIENTSECRET").toString())
                    .as("a secret only from .env, never in the file").startsWith("${").endsWith(":-}");
            assertThat(env).containsKeys("HAMERSLAG_SERVICEIDENTITY_TOKENURI", "HAMERSLAG_SERVICEIDENTITY_CLIENTID");
        }
    }

    @Test
    void postgresCreatesADatabasePerServiceFromTheInitScript() throws IOException {
        Path script = INFRA.resolve("postgres/init-databases.sh");
        assertThat(volumes("postgres")).anyMatch(v -> v.startsWith("./postgres/init-databases.sh:/docker-entrypoint-initdb.d/"));
        String text = Files.readString(script);
        for (Component c : Component.SERVICES) {
            assertThat(text).contains(c.database());
        }
        assertThat(Files.isExecutable(script)).isTrue();
    }

    @Test
    void theTopicsJobCreatesEveryTopicKeptForever() {
        String command = String.valueOf(services.get("kafka-topics").get("command"));
        for (Component c : Component.SERVICES) {
            assertThat(command).contains(c.shortName());
            assertThat(Topics.of(c.shortName())).isEqualTo("hamerslag." + c.shortName() + ".events.v1");
        }
        assertThat(command).contains("hamerslag.$$t.events.v1", "--partitions " + Topics.PARTITIONS,
                "retention.ms=" + Topics.RETENTION_MS);
    }

    @Test
    void keycloakImportsTheRealmWhoseTokensCarryTheRolesClaimAndEveryRoleHasADemoUser() throws IOException {
        assertThat(String.valueOf(services.get("keycloak").get("command"))).contains("--import-realm");
        assertThat(volumes("keycloak")).anyMatch(v -> v.startsWith("./keycloak/hamerslag-realm.json:/opt/keycloak/data/import/"));
        Map<String, Object> realm = map(new Yaml().load(Files.readString(INFRA.resolve("keycloak/hamerslag-realm.json"))));
        assertThat(realm.get("realm")).isEqualTo("hamerslag");

        List<Object> roleNames = new ArrayList<>();
        list(map(realm.get("roles")).get("realm")).forEach(r -> roleNames.add(map(r).get("name")));
        List<String> userRoles = Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM).map(Role::name).toList();
        assertThat(roleNames).containsExactlyInAnyOrderElementsOf(userRoles);

        List<Object> mappers = new ArrayList<>();
        list(realm.get("clients")).forEach(client -> mappers.addAll(list(map(client).get("protocolMappers"))));
        assertThat(mappers).anySatisfy(m -> {
            assertThat(map(m).get("protocolMapper")).isEqualTo("oidc-usermodel-realm-role-mapper");
            assertThat(map(map(m).get("config")).get("claim.name")).isEqualTo("roles");
            assertThat(map(map(m).get("config")).get("access.token.claim")).isEqualTo("true");
        });

        List<Object> assigned = new ArrayList<>();
        list(realm.get("users")).forEach(u -> assigned.addAll(list(map(u).get("realmRoles"))));
        assertThat(assigned).containsAll(userRoles);
    }

    /** Local mode and compose offer the same people, so a walk-through tried locally works with Keycloak too. */
    @Test
    void everyDemoUserIsAKeycloakUserWithTheSameRoleAndDepartment() throws IOException {
        Map<String, Object> realm = map(new Yaml().load(Files.readString(INFRA.resolve("keycloak/hamerslag-realm.json"))));
        Map<Object, Map<String, Object>> users = new java.util.HashMap<>();
        list(realm.get("users")).forEach(u -> users.put(map(u).get("username"), map(u)));

        for (nl.hamerslag.identity.DemoUser demo : nl.hamerslag.identity.DemoUsers.ALL) {
            Map<String, Object> user = users.get(demo.subject());
            assertThat(user).as("Keycloak user " + demo.subject()).isNotNull();
            assertThat(list(user.get("realmRoles"))).as(demo.subject()).contains(demo.role().name());
            assertThat(list(map(user.get("attributes")).get("department"))).as(demo.subject())
                    .containsExactly(demo.department());
        }
    }

    private static List<String> oneShotServices() {
        List<String> oneShots = new ArrayList<>();
        services.forEach((name, service) -> {
            boolean awaitedToComplete = services.values().stream()
                    .map(s -> s.get("depends_on"))
                    .filter(d -> d instanceof Map)
                    .map(d -> map(map(d).get(name)))
                    .anyMatch(dep -> "service_completed_successfully".equals(dep.get("condition")));
            if ("no".equals(String.valueOf(service.get("restart"))) && awaitedToComplete) {
                oneShots.add(name);
            }
        });
        return oneShots;
    }

    private static List<String> test(Map<String, Object> service) {
        Object test = map(service.get("healthcheck")).get("test");
        return test instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(test));
    }

    private static List<String> dependsOn(String service) {
        Object d = services.get(service).get("depends_on");
        return d instanceof Map<?, ?> m ? m.keySet().stream().map(String::valueOf).toList()
                : list(d).stream().map(String::valueOf).toList();
    }

    private static List<String> volumes(String service) {
        return list(services.get(service).get("volumes")).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }
}
