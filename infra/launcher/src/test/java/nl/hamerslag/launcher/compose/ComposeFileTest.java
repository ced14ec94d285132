package nl.hamerslag.launcher.compose;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.identity.DemoUser;
import nl.hamerslag.identity.DemoUsers;
import nl.hamerslag.launcher.Component;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static nl.hamerslag.launcher.compose.ComposeFile.INFRA;
import static nl.hamerslag.launcher.compose.ComposeFile.REPO;
import static nl.hamerslag.launcher.compose.ComposeFile.environment;
import static nl.hamerslag.launcher.compose.ComposeFile.list;
import static nl.hamerslag.launcher.compose.ComposeFile.map;
import static nl.hamerslag.launcher.compose.ComposeFile.service;
import static nl.hamerslag.launcher.compose.ComposeFile.services;
import static nl.hamerslag.launcher.compose.ComposeFile.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs on the build machines, so infra/docker-compose.yml is checked as a file: valid
 * against the Compose Specification's JSON schema, every component it builds a module of the reactor
 * with its own health check, database login, Kafka user and (where it calls another service) Keycloak
 * client; no password written anywhere; only the allowed ports on the host; the Kafka ACL table agrees
 * with the code and with the compose setup. What only a running stack shows: ComposeStackTest.
 */
class ComposeFileTest {

    private static final Set<String> INFRASTRUCTURE = Set.of("postgres", "kafka", "kafka-setup", "keycloak", "prometheus", "grafana");
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?[^}]+}");
    private static final Pattern ANY_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::?[-?][^}]*)?}");

    @Test
    void isValidAgainstTheComposeSpecification() throws IOException {
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/compose-spec/compose-spec.json")) {
            // the schema's "$id" is relative ("compose_spec.json") and read from a string it has no base to
            // resolve against; given the address it is published under, it is absolute and nothing else changes
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"$id\": \"compose_spec.json\"",
                    "\"$id\": \"https://raw.githubusercontent.com/compose-spec/compose-spec/main/schema/compose-spec.json\"");
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text, InputFormat.JSON);
        }
        String json = JsonMapper.builder().build().writeValueAsString(ComposeFile.compose());

        List<Error> errors = schema.validate(json, InputFormat.JSON);

        assertThat(errors).extracting(e -> e.getInstanceLocation() + " " + e.getMessage()).isEmpty();
    }

    @Test
    void buildsEveryComponentOfTheReactorFromItsModuleWithTheOneDockerfileAndNothingElse() throws IOException {
        String rootPom = Files.readString(REPO.resolve("pom.xml"));
        Map<String, String> built = new HashMap<>();
        services().forEach((name, s) -> {
            Map<String, Object> build = map(map(s).get("build"));
            if (build.isEmpty()) {
                assertThat(INFRASTRUCTURE).as(name + " is neither built from the reactor nor known infrastructure").contains(name);
                return;
            }
            assertThat(REPO.resolve(String.valueOf(build.get("context")).replaceFirst("^\\.\\./?", "")).normalize())
                    .as(name + ": the build context is the repository root").isEqualTo(REPO.normalize());
            assertThat(build.get("dockerfile")).as(name).isEqualTo("infra/Dockerfile");
            String module = String.valueOf(map(build.get("args")).get("MODULE"));
            assertThat(rootPom).as(name + ": MODULE " + module + " is a module of the root pom").contains("<module>" + module + "</module>");
            assertThat(REPO.resolve(module).resolve("pom.xml")).exists();
            built.put(name, module);
        });
        Map<String, String> components = Component.all().stream().collect(Collectors.toMap(Component::module, Component::module));

        assertThat(built).isEqualTo(components);
        assertThat(Files.readString(INFRA.resolve("Dockerfile"))).contains("ARG MODULE", "-pl \"$MODULE\" -am",
                "USER 10001", "MaxRAMPercentage", "ExitOnOutOfMemoryError", "HEALTHCHECK", "extract --layers");
    }

    @Test
    void everythingLongRunningHasAHealthCheckAndStartsAfterWhatItNeedsIsHealthy() throws IOException {
        Map<String, Object> services = services();
        services.forEach((name, s) -> {
            if (name.equals("kafka-setup")) {
                assertThat(map(s).get("restart")).isEqualTo("no");
                return;
            }
            assertThat(strings(map(map(s).get("healthcheck")).get("test"))).as(name + " health check").isNotEmpty();
            map(map(s).get("depends_on")).forEach((dependency, condition) -> assertThat(map(condition).get("condition"))
                    .as(name + " waits for " + dependency).isEqualTo(dependency.equals("kafka-setup")
                            ? "service_completed_successfully" : "service_healthy"));
        });
        for (Component c : Component.all()) {
            assertThat(String.join(" ", strings(map(map(services.get(c.module())).get("healthcheck")).get("test"))))
                    .as(c.module()).contains("http://localhost:8080/actuator/health");
            assertThat(environment(c.module())).as(c.module())
                    .containsEntry("SERVER_PORT", "8080").containsEntry("HAMERSLAG_BIND", "0.0.0.0");
        }
        for (Component c : Component.SERVICES) {
            assertThat(map(service(c.module()).get("depends_on"))).as(c.module()).containsKeys("postgres", "kafka", "kafka-setup", "keycloak");
        }
        assertThat(map(service("gateway").get("depends_on"))).containsKeys(Component.SERVICES.stream().map(Component::module).toArray(String[]::new));
    }

    @Test
    void onlyTheGatewayKeycloakAndGrafanaArePublishedOnTheHost() throws IOException {
        Map<String, List<String>> published = new HashMap<>();
        services().forEach((name, s) -> {
            if (map(s).containsKey("ports")) {
                published.put(name, strings(map(s).get("ports")));
            }
        });

        assertThat(published).containsOnlyKeys("gateway", "keycloak", "grafana");
        assertThat(published.get("gateway")).containsExactly("${HAMERSLAG_GATEWAY_PORT:-8080}:8080");
        assertThat(published.get("keycloak")).containsExactly("${KEYCLOAK_PORT:-8180}:8080");
        assertThat(published.get("grafana")).containsExactly("${GRAFANA_BIND:-127.0.0.1}:${GRAFANA_PORT:-3000}:3000");
        services().forEach((name, s) -> assertThat(map(s)).as(name + ": host networking would publish every port")
                .doesNotContainKey("network_mode"));
    }

    @Test
    void eachServiceUsesItsOwnDatabaseLoginMadeByTheInitScript() throws IOException {
        String script = ComposeFile.text("postgres/init-databases.sh");
        Map<String, Object> postgres = environment("postgres");
        assertThat(strings(service("postgres").get("volumes")))
                .contains("./postgres/init-databases.sh:/docker-entrypoint-initdb.d/10-init-databases.sh:ro");
        assertThat(script).contains("OWNER %I", "REVOKE CONNECT", "FROM PUBLIC", "NOSUPERUSER NOCREATEDB NOCREATEROLE");
        assertThat(Files.isExecutable(INFRA.resolve("postgres/init-databases.sh"))).isTrue();
        for (ServiceCatalog s : ServiceCatalog.values()) {
            Map<String, Object> env = environment(s.module());
            String password = s.shortName().toUpperCase(Locale.ROOT) + "_DB_PASSWORD";
            assertThat(env.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + s.database());
            assertThat(env.get("SPRING_DATASOURCE_USERNAME")).as(s.module() + ": its own login").isEqualTo(s.database());
            assertThat(requiredVariable(env.get("SPRING_DATASOURCE_PASSWORD"))).as(s.module()).isEqualTo(password);
            assertThat(requiredVariable(postgres.get(password))).as("postgres passes " + password + " to the init script").isEqualTo(password);
        }
        assertThat(environment("keycloak")).containsEntry("KC_DB_USERNAME", "keycloak");
        assertThat(requiredVariable(postgres.get("KEYCLOAK_DB_PASSWORD"))).isEqualTo("KEYCLOAK_DB_PASSWORD");
    }

    @Test
    void eachServiceLogsIntoKafkaAsItsOwnScramUserWhomKafkaSetupCreates() throws IOException {
        Pattern jaas = Pattern.compile("org\\.apache\\.kafka\\.common\\.security\\.scram\\.ScramLoginModule required "
                + "username=\"([a-z]+)\" password=\"\\$\\{([A-Z_]+):\\?[^}]+}\";");
        Map<String, Object> setup = environment("kafka-setup");
        for (ServiceCatalog s : ServiceCatalog.values()) {
            Map<String, Object> env = environment(s.module());
            assertThat(env).as(s.module()).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                    .containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                    .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512");
            Matcher m = jaas.matcher(String.valueOf(env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")));
            assertThat(m.matches()).as(s.module() + " SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG").isTrue();
            assertThat(m.group(1)).as(s.module() + ": its own SCRAM user").isEqualTo(s.shortName());
            String password = "KAFKA_" + s.shortName().toUpperCase(Locale.ROOT) + "_PASSWORD";
            assertThat(m.group(2)).isEqualTo(password);
            assertThat(requiredVariable(setup.get(password))).as("kafka-setup gets " + password).isEqualTo(password);
        }
    }

    @Test
    void theBrokerAuthenticatesWithScramAndAuthorisesWithAclsOnly() throws IOException {
        Properties broker = new Properties();
        broker.load(Files.newBufferedReader(INFRA.resolve("kafka/server.properties")));
        assertThat(broker.getProperty("authorizer.class.name")).isEqualTo("org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        assertThat(broker.getProperty("allow.everyone.if.no.acl.found")).isEqualTo("false");
        assertThat(broker.getProperty("super.users")).isEqualTo("User:admin;User:ANONYMOUS");
        assertThat(broker.getProperty("listener.security.protocol.map")).contains("CLIENT:SASL_PLAINTEXT");
        assertThat(broker.getProperty("sasl.enabled.mechanisms")).isEqualTo("SCRAM-SHA-512");
        // ANONYMOUS is a super user: only listeners on the container's own loopback may be PLAINTEXT
        for (String listener : broker.getProperty("listeners").split(",")) {
            if (!listener.startsWith("CLIENT://")) {
                assertThat(listener).as("a PLAINTEXT listener").contains("://localhost:");
            }
        }
        assertThat(broker.getProperty("advertised.listeners")).contains("CLIENT://kafka:9092");

        assertThat(service("kafka").get("entrypoint")).isEqualTo(List.of("/bin/bash", "/etc/hamerslag/kafka/start-broker.sh"));
        assertThat(service("kafka-setup").get("entrypoint")).isEqualTo(List.of("/bin/bash", "/etc/hamerslag/kafka/setup.sh"));
        assertThat(strings(service("kafka").get("volumes"))).contains("./kafka:/etc/hamerslag/kafka:ro");
        assertThat(strings(service("kafka-setup").get("volumes"))).contains("./kafka:/etc/hamerslag/kafka:ro");
        assertThat(ComposeFile.text("kafka/start-broker.sh")).contains("/etc/hamerslag/kafka/server.properties", "--add-scram \"SCRAM-SHA-512=[name=admin");
        String setup = ComposeFile.text("kafka/setup.sh");
        assertThat(setup).contains("acls=${KAFKA_ACLS:-/etc/hamerslag/kafka/acls.csv}", "--entity-type users", "SCRAM-SHA-512=[password=",
                "retention.ms=" + Topics.RETENTION_MS, "create_topic \"hamerslag.$t.events.v1\" " + Topics.PARTITIONS + "\n",
                "create_topic \"hamerslag.$t.tree-heads.v1\" 1\n");
        Matcher loop = Pattern.compile("for t in ([^;]+);").matcher(setup);
        assertThat(loop.find()).isTrue();
        assertThat(loop.group(1).trim().split("\\s+")).containsExactly(
                Stream.of(ServiceCatalog.values()).map(ServiceCatalog::shortName).toArray(String[]::new));
    }

    /** The ACL table against the code: WRITE only its own topic, READ what its listeners consume, READ its own group. */
    @Test
    void theAclTableGivesEachServiceWhatItsCodeUsesAndNothingMore() throws Exception {
        List<KafkaAclFile.Row> rows = KafkaAclFile.read();
        for (ServiceCatalog s : ServiceCatalog.values()) {
            List<KafkaAclFile.Row> own = rows.stream().filter(r -> r.principal().equals(s.shortName())).toList();
            String treeHeads = "hamerslag." + s.shortName() + ".tree-heads.v1";

            assertThat(topics(own, AclOperation.WRITE)).as(s.shortName() + " WRITE").containsExactlyInAnyOrder(s.topic(), treeHeads);
            Set<String> reads = new TreeSet<>(consumedTopics(s));
            reads.add(treeHeads);
            assertThat(topics(own, AclOperation.READ)).as(s.shortName() + " READ (its @KafkaListener topics and its witness)")
                    .containsExactlyInAnyOrderElementsOf(reads);
            assertThat(own.stream().filter(r -> r.resourceType() == ResourceType.GROUP).map(r -> r.name() + " " + r.operation()))
                    .as(s.shortName() + ": its consumer group (spring.kafka.consumer.group-id = spring.application.name)")
                    .containsExactly(s.module() + " READ");
            assertThat(own).as(s.shortName() + ": DESCRIBE every hamerslag topic (KafkaAdmin at start-up)").contains(
                    new KafkaAclFile.Row(s.shortName(), ResourceType.TOPIC, "hamerslag.", PatternType.PREFIXED, AclOperation.DESCRIBE));
            assertThat(own).as(s.shortName() + ": only the operations the code needs")
                    .allMatch(r -> Set.of(AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE).contains(r.operation()))
                    .allMatch(r -> r.patternType() == PatternType.LITERAL || r.operation() == AclOperation.DESCRIBE);
        }
        assertThat(rows).extracting(KafkaAclFile.Row::principal).containsOnly(
                Stream.of(ServiceCatalog.values()).map(ServiceCatalog::shortName).toArray(String[]::new));
    }

    @Test
    void noPasswordOrSecretIsWrittenInTheComposeFileTheImageOrTheRealm() throws IOException {
        List<String> literal = new ArrayList<>();
        Pattern jaasPassword = Pattern.compile("password=\"([^\"]*)\"");
        services().forEach((name, s) -> map(map(s).get("environment")).forEach((key, value) -> {
            String v = String.valueOf(value);
            if (key.matches(".*(PASSWORD|SECRET).*") && !REQUIRED_VARIABLE.matcher(v).matches()) {
                literal.add(name + " " + key + "=" + v);
            }
            Matcher inline = jaasPassword.matcher(v);
            while (inline.find()) {
                if (!REQUIRED_VARIABLE.matcher(inline.group(1)).matches()) {
                    literal.add(name + " " + key + ": password=\"" + inline.group(1) + "\"");
                }
            }
        }));
        assertThat(literal).as("secrets not taken from .env as ${VAR:?message}").isEmpty();
        assertThat(Files.readString(INFRA.resolve("Dockerfile"))).doesNotContainPattern("(?i)(password|secret)\\s*=");

        String realm = ComposeFile.text("keycloak/hamerslag-realm.json");
        Map<String, Object> keycloak = environment("keycloak");
        for (Object user : list(ComposeFile.realm().get("users"))) {
            for (Object credential : list(map(user).get("credentials"))) {
                assertThat(map(credential).get("value")).as(map(user).get("username") + "'s password").isEqualTo("${HAMERSLAG_DEMO_PASSWORD}");
            }
        }
        Matcher placeholders = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)}").matcher(realm);
        while (placeholders.find()) {
            assertThat(requiredVariable(keycloak.get(placeholders.group(1)))).as("keycloak gets " + placeholders.group(1) + " for the realm")
                    .isEqualTo(placeholders.group(1));
        }
    }

    @Test
    void everyVariableTheComposeFileUsesIsExplainedInEnvExampleAndNoneMore() throws IOException {
        Set<String> used = new TreeSet<>();
        // the file without its comments, which may name ${VAR} by way of example
        Matcher m = ANY_VARIABLE.matcher(ComposeFile.text("docker-compose.yml").replaceAll("(?m)^\\s*#.*$", ""));
        while (m.find()) {
            used.add(m.group(1));
        }
        List<String> lines = Files.readAllLines(INFRA.resolve(".env.example"));
        Set<String> listed = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher v = Pattern.compile("^([A-Z0-9_]+)=").matcher(lines.get(i));
            if (v.find()) {
                listed.add(v.group(1));
                int above = i - 1;
                while (above > 0 && lines.get(above).matches("^[A-Z0-9_]+=.*")) {
                    above--;
                }
                assertThat(lines.get(above)).as(".env.example: a comment above " + v.group(1) + " or its group").startsWith("#");
            }
        }

        assertThat(listed).isEqualTo(used);
        assertThat(Files.readString(INFRA.resolve(".gitignore"))).contains(".env");
    }

    @Test
    void theRealmHasAnAudienceMapperOnEveryClientAndAServiceClientForEveryServiceThatCallsAnother() throws Exception {
        Map<String, Map<String, Object>> clients = new HashMap<>();
        list(ComposeFile.realm().get("clients")).forEach(c -> clients.put(String.valueOf(map(c).get("clientId")), map(c)));
        clients.forEach((id, client) -> assertThat(mappers(client)).as(id + ": audience hamerslag").anySatisfy(mapper -> {
            assertThat(mapper.get("protocolMapper")).isEqualTo("oidc-audience-mapper");
            assertThat(map(mapper.get("config"))).containsEntry("included.custom.audience", "hamerslag").containsEntry("access.token.claim", "true");
        }));

        Map<String, Object> web = clients.get("hamerslag-web");
        assertThat(mappers(web)).as("a person's client never makes its users SYSTEM")
                .noneMatch(mapper -> "hamerslag_service".equals(map(mapper.get("config")).get("claim.name")));
        assertThat(mappers(web)).anySatisfy(mapper -> assertThat(map(mapper.get("config"))).containsEntry("claim.name", "roles"));

        Set<String> callers = new HashSet<>();
        for (Map.Entry<ServiceCatalog, List<ServiceCatalog>> reader : documentOwners().entrySet()) {
            ServiceCatalog s = reader.getKey();
            Map<String, Object> env = environment(s.module());
            for (ServiceCatalog owner : reader.getValue()) {
                assertThat(env.get("HAMERSLAG_DOCUMENTS_OWNERS_" + owner.shortName().toUpperCase(Locale.ROOT)))
                        .as(s.module() + " fetches from " + owner.module()).isEqualTo("http://" + owner.module() + ":8080");
            }
            assertThat(env.get("HAMERSLAG_SERVICEIDENTITY_TOKENURI")).isEqualTo("http://keycloak:8080/realms/hamerslag/protocol/openid-connect/token");
            String clientId = String.valueOf(env.get("HAMERSLAG_SERVICEIDENTITY_CLIENTID"));
            String secret = requiredVariable(env.get("HAMERSLAG_SERVICEIDENTITY_CLIENTSECRET"));
            Map<String, Object> client = clients.get(clientId);
            assertThat(client).as("realm client " + clientId + " for " + s.module()).isNotEmpty();
            assertThat(client).containsEntry("serviceAccountsEnabled", true).containsEntry("publicClient", false)
                    .containsEntry("standardFlowEnabled", false).containsEntry("directAccessGrantsEnabled", false)
                    .containsEntry("secret", "${" + secret + "}");
            assertThat(mappers(client)).as(clientId + ": hamerslag_service = " + s.shortName()).anySatisfy(mapper -> {
                assertThat(mapper.get("protocolMapper")).isEqualTo("oidc-hardcoded-claim-mapper");
                assertThat(map(mapper.get("config"))).containsEntry("claim.name", "hamerslag_service")
                        .containsEntry("claim.value", s.shortName()).containsEntry("access.token.claim", "true");
            });
            callers.add(clientId);
        }
        Map<String, Object> prometheus = clients.get("hamerslag-prometheus");
        assertThat(prometheus).as("Prometheus scrapes with client credentials (ADR 44)")
                .containsEntry("serviceAccountsEnabled", true).containsEntry("publicClient", false)
                .containsEntry("standardFlowEnabled", false).containsEntry("directAccessGrantsEnabled", false)
                .containsEntry("secret", "${HAMERSLAG_PROMETHEUS_CLIENT_SECRET}");
        assertThat(mappers(prometheus)).as("hamerslag-prometheus: roles = [ADMIN], nothing more").anySatisfy(mapper ->
                assertThat(map(mapper.get("config"))).containsEntry("claim.name", "roles").containsEntry("claim.value", "[\"ADMIN\"]"));
        assertThat(map(services().get("prometheus")).get("secrets")).as("prometheus gets its client secret as a file")
                .isEqualTo(List.of("prometheus_client_secret"));
        assertThat(clients.keySet()).as("one client for the people, one for Prometheus, one per calling service")
                .containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of("hamerslag-web", "hamerslag-prometheus"),
                        callers.stream()).toList());
        services().forEach((name, s) -> assertThat(map(map(s).get("environment")).keySet())
                .as(name + " fetches documents only if the launcher says so")
                .filteredOn(k -> k.startsWith("HAMERSLAG_DOCUMENTS_OWNERS_"))
                .hasSize(documentOwners().entrySet().stream().filter(r -> r.getKey().module().equals(name))
                        .mapToInt(r -> r.getValue().size()).sum()));
    }

    @Test
    void theRealmHasEveryRoleAndEveryDemoUserWithItsRoleAndDepartmentInTwoLineDepartments() throws IOException {
        Map<String, Object> realm = ComposeFile.realm();
        List<Object> roles = list(map(realm.get("roles")).get("realm")).stream().map(r -> map(r).get("name")).toList();
        assertThat(roles).containsExactlyInAnyOrderElementsOf(Stream.of(Role.values()).filter(r -> r != Role.SYSTEM).map(Role::name).toList());
        Map<Object, Map<String, Object>> users = new HashMap<>();
        list(realm.get("users")).forEach(u -> users.put(map(u).get("username"), map(u)));
        for (DemoUser demo : DemoUsers.ALL) {
            Map<String, Object> user = users.get(demo.subject());
            assertThat(user).as("Keycloak user " + demo.subject()).isNotNull();
            assertThat(list(user.get("realmRoles"))).as(demo.subject()).contains(demo.role().name());
            assertThat(list(map(user.get("attributes")).get("department"))).as(demo.subject()).containsExactly(demo.department());
        }
        assertThat(DemoUsers.ALL.stream().filter(u -> u.role() == Role.AUTHOR).map(DemoUser::department).distinct()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void prometheusAndGrafanaMountTheObservabilityFilesAndGrafanasAdminPasswordComesFromEnv() throws IOException {
        assertThat(strings(service("prometheus").get("volumes"))).contains("./observability/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
        assertThat(strings(service("grafana").get("volumes"))).contains(
                "./observability/grafana/provisioning:/etc/grafana/provisioning:ro",
                "./observability/grafana/dashboards:/var/lib/grafana/dashboards:ro");
        assertThat(requiredVariable(environment("grafana").get("GF_SECURITY_ADMIN_PASSWORD"))).isEqualTo("GRAFANA_ADMIN_PASSWORD");
    }

    private static String requiredVariable(Object value) {
        Matcher m = REQUIRED_VARIABLE.matcher(String.valueOf(value));
        return m.matches() ? m.group(1) : "not ${VAR:?message}: " + value;
    }

    private static List<Map<String, Object>> mappers(Map<String, Object> client) {
        return list(client.get("protocolMappers")).stream().map(ComposeFile::map).toList();
    }

    private static Set<String> topics(List<KafkaAclFile.Row> rows, AclOperation operation) {
        return rows.stream().filter(r -> r.resourceType() == ResourceType.TOPIC && r.operation() == operation)
                .map(KafkaAclFile.Row::name).collect(Collectors.toSet());
    }

    /** Every {@code @KafkaListener(topics = Topics.X)} in the service's main code, as topic names. */
    private static Set<String> consumedTopics(ServiceCatalog s) throws Exception {
        Pattern listener = Pattern.compile("@KafkaListener\\(topics = Topics\\.([A-Z_]+)\\)");
        Set<String> topics = new TreeSet<>();
        try (Stream<Path> files = Files.walk(REPO.resolve(s.module()).resolve("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = listener.matcher(Files.readString(file));
                while (m.find()) {
                    topics.add((String) Topics.class.getField(m.group(1)).get(null));
                }
            }
        }
        return topics;
    }

    /** The launcher's own table of who fetches whose documents (package-private there: read, not changed). */
    @SuppressWarnings("unchecked")
    private static Map<ServiceCatalog, List<ServiceCatalog>> documentOwners() {
        try {
            var field = nl.hamerslag.launcher.HamerslagSystem.class.getDeclaredField("DOCUMENT_OWNERS");
            field.setAccessible(true);
            return (Map<ServiceCatalog, List<ServiceCatalog>>) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("HamerslagSystem.DOCUMENT_OWNERS is gone; update this test", e);
        }
    }
}
