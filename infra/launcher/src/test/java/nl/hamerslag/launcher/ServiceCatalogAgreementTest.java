package nl.hamerslag.launcher;

import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files that name the services, read as files from the repository root, agree with
 * {@link ServiceCatalog}: each test names the file and every mismatch in it, so a new service (or a
 * changed port) shows at once everything that still has to follow. The launcher's components and
 * {@link Topics#ALL} derive from the catalogue and need no check of their own.
 */
class ServiceCatalogAgreementTest {

    private static final Path REPO = Path.of("../..");
    private static final List<ServiceCatalog> SERVICES = List.of(ServiceCatalog.values());

    @Test
    void theRootScriptBuildsAndChecksTheJarOfEveryComponent() throws IOException {
        String script = read("hamerslag");
        Matcher m = Pattern.compile("(?m)^COMPONENTS=\\(([^)]*)\\)").matcher(script);
        assertThat(m.find()).as("hamerslag has a COMPONENTS=(...) line").isTrue();

        assertThat(List.of(m.group(1).trim().split("\\s+")))
                .as("hamerslag: COMPONENTS").containsExactlyElementsOf(Component.all().stream().map(Component::module).toList());
    }

    @Test
    void theRootPomBuildsEveryServiceAndNoOther() throws IOException {
        List<String> modules = Pattern.compile("<module>([^<]+)</module>").matcher(read("pom.xml")).results()
                .map(r -> r.group(1)).filter(m -> m.endsWith("-service")).toList();

        assertThat(modules).as("pom.xml: the *-service modules").containsExactlyInAnyOrderElementsOf(
                SERVICES.stream().map(ServiceCatalog::module).toList());
    }

    @Test
    void theComposeInitScriptCreatesTheDatabaseOfEveryService() throws IOException {
        Matcher m = Pattern.compile("for db in ([^;]+);").matcher(read("infra/postgres/init-databases.sh"));
        assertThat(m.find()).as("infra/postgres/init-databases.sh has a `for db in ...;` loop").isTrue();

        List<String> expected = new ArrayList<>(SERVICES.stream().map(ServiceCatalog::database).toList());
        expected.add("keycloak");
        assertThat(List.of(m.group(1).trim().split("\\s+"))).as("infra/postgres/init-databases.sh: the databases")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void composeRunsEveryServiceWithItsPortAndDatabaseAndTheGatewayRoutesToEach() throws IOException {
        Map<String, Object> services = map(yaml("infra/docker-compose.yml").get("services"));
        List<String> problems = new ArrayList<>();
        Map<String, Object> gatewayEnv = map(map(services.get("gateway")).get("environment"));
        Object gatewayDependsOn = map(services.get("gateway")).get("depends_on");
        for (ServiceCatalog s : SERVICES) {
            Map<String, Object> service = map(services.get(s.module()));
            if (service.isEmpty()) {
                problems.add("no service " + s.module());
                continue;
            }
            // only the gateway is published on the host (ComposeFileTest); a service listens on 8080 in its container
            expect(problems, s.module() + " ports", list(service.get("ports")), List.of());
            expect(problems, s.module() + " SPRING_DATASOURCE_URL", map(service.get("environment")).get("SPRING_DATASOURCE_URL"),
                    "jdbc:postgresql://postgres:5432/" + s.database());
            expect(problems, "gateway HAMERSLAG_SERVICES_" + s.shortName().toUpperCase() + "_URL",
                    gatewayEnv.get("HAMERSLAG_SERVICES_" + s.shortName().toUpperCase() + "_URL"), "http://" + s.module() + ":8080");
            if (!map(gatewayDependsOn).containsKey(s.module())) {
                problems.add("the gateway does not depend on " + s.module());
            }
        }
        services.keySet().stream().filter(name -> name.endsWith("-service"))
                .filter(name -> SERVICES.stream().noneMatch(s -> s.module().equals(name)))
                .forEach(name -> problems.add(name + " is not in the catalogue"));
        Matcher topics = Pattern.compile("for t in ([^;]+);").matcher(read("infra/kafka/setup.sh"));
        if (!topics.find()) {
            problems.add("infra/kafka/setup.sh (kafka-setup) has no `for t in ...;` loop");
        } else {
            expect(problems, "infra/kafka/setup.sh: the services", List.of(topics.group(1).trim().split("\\s+")),
                    SERVICES.stream().map(ServiceCatalog::shortName).toList());
        }

        assertThat(problems).as("infra/docker-compose.yml disagrees with ServiceCatalog").isEmpty();
    }

    @Test
    void theGatewayHasARouteAndApiDocsPerServiceOnItsLocalPort() throws IOException {
        Map<String, Object> yml = yaml("gateway/src/main/resources/application.yml");
        List<Map<String, Object>> routes = list(at(yml, "spring.cloud.gateway.server.webflux.routes")).stream()
                .map(ServiceCatalogAgreementTest::map).toList();
        List<Object> swaggerUrls = list(at(yml, "springdoc.swagger-ui.urls"));
        List<String> problems = new ArrayList<>();
        expect(problems, "server.port", at(yml, "server.port"), Component.GATEWAY.defaultPort());
        for (ServiceCatalog s : SERVICES) {
            String uri = "${hamerslag.services." + s.shortName() + ".url}";
            Map<String, Object> api = route(routes, s.shortName());
            expect(problems, "route " + s.shortName() + " uri", api.get("uri"), uri);
            if (list(api.get("predicates")).stream().noneMatch(p -> String.valueOf(p).startsWith("Path=/api/"))) {
                problems.add("route " + s.shortName() + " has no Path=/api/... predicate");
            }
            Map<String, Object> docs = route(routes, s.shortName() + "-api-docs");
            expect(problems, "route " + s.shortName() + "-api-docs uri", docs.get("uri"), uri);
            expect(problems, "route " + s.shortName() + "-api-docs predicates", docs.get("predicates"),
                    List.of("Path=/v3/api-docs/" + s.shortName()));
            expect(problems, "hamerslag.services." + s.shortName() + ".url",
                    at(yml, "hamerslag.services." + s.shortName() + ".url"), "http://localhost:" + s.port());
            if (!swaggerUrls.contains(Map.of("name", s.shortName(), "url", "/v3/api-docs/" + s.shortName()))) {
                problems.add("springdoc.swagger-ui.urls has no entry " + s.shortName() + " -> /v3/api-docs/" + s.shortName());
            }
        }
        routes.stream().map(r -> String.valueOf(r.get("uri")))
                .filter(uri -> SERVICES.stream().noneMatch(s -> uri.equals("${hamerslag.services." + s.shortName() + ".url}")))
                .forEach(uri -> problems.add("a route goes to " + uri + ", which is no catalogued service"));

        assertThat(problems).as("gateway/src/main/resources/application.yml disagrees with ServiceCatalog").isEmpty();
    }

    @Test
    void everyServiceConfiguresItsOwnNamePortTopicAndDatabase() throws IOException {
        List<String> problems = new ArrayList<>();
        for (ServiceCatalog s : SERVICES) {
            String file = s.module() + "/src/main/resources/application.yml";
            if (!Files.exists(REPO.resolve(file))) {
                problems.add(file + " is missing");
                continue;
            }
            Map<String, Object> yml = yaml(file);
            List<String> here = new ArrayList<>();
            expect(here, "server.port", at(yml, "server.port"), s.port());
            expect(here, "spring.application.name", at(yml, "spring.application.name"), s.module());
            expect(here, "hamerslag.kafka.service", at(yml, "hamerslag.kafka.service"), s.shortName());
            expect(here, "spring.datasource.url", at(yml, "spring.datasource.url"),
                    "jdbc:postgresql://localhost:" + LaunchSettings.DEFAULT_POSTGRES_PORT + "/" + s.database());
            here.forEach(p -> problems.add(file + ": " + p));
        }

        assertThat(problems).as("the services' application.yml disagree with ServiceCatalog").isEmpty();
    }

    @Test
    void everyTopicConstantIsTheTopicOfACataloguedService() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field f : Topics.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
                    && String.valueOf(f.get(null)).startsWith("hamerslag.")) {
                constants.add((String) f.get(null));
            }
        }

        assertThat(constants).as("the topic constants of Topics").containsExactlyInAnyOrderElementsOf(Topics.ALL);
        assertThat(Topics.ALL).containsExactlyElementsOf(SERVICES.stream().map(ServiceCatalog::topic).toList());
    }

    @Test
    void noTwoComponentsShareADefaultPort() {
        assertThat(Component.all().stream().map(Component::defaultPort).distinct()).hasSameSizeAs(Component.all());
    }

    private static Map<String, Object> route(List<Map<String, Object>> routes, String id) {
        return routes.stream().filter(r -> id.equals(r.get("id"))).findFirst().orElse(Map.of());
    }

    private static void expect(List<String> problems, String what, Object actual, Object expected) {
        boolean same = actual instanceof Number && expected instanceof Number
                ? ((Number) actual).longValue() == ((Number) expected).longValue()
                : Objects.equals(actual, expected);
        if (!same) {
            problems.add(what + " is " + actual + ", the catalogue says " + expected);
        }
    }

    /** A dotted path into the YAML, each key as the file writes it. */
    private static Object at(Map<String, Object> yml, String path) {
        Object node = yml;
        for (String key : path.split("\\.")) {
            node = map(node).get(key);
        }
        return node;
    }

    private static String read(String file) throws IOException {
        return Files.readString(REPO.resolve(file), StandardCharsets.UTF_8);
    }

    /** The file's first document: the default profile (an application.yml may have profile documents after it). */
    private static Map<String, Object> yaml(String file) throws IOException {
        return map(new Yaml().loadAll(read(file)).iterator().next());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }
}
