package nl.hamerslag.launcher.helm;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import nl.hamerslag.launcher.Component;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Helm chart (infra/helm/hamerslag) rendered with its values and read strictly into the Kubernetes
 * API model ({@link RenderedChart}); then what the chart promises (docs/scaling.md). {@link HelmBinaryTest}
 * adds {@code helm lint} and {@code helm template} where a helm binary is installed.
 */
class HelmChartTest {

    private static RenderedChart chart;

    @BeforeAll
    static void render() {
        chart = RenderedChart.render(RenderedChart.values());
    }

    @Test
    void everyComponentHasADeploymentAServiceAndAnAutoscalerAndNothingElseIsRendered() {
        Set<String> modules = Component.all().stream().map(Component::module).collect(Collectors.toCollection(TreeSet::new));

        assertThat(names(chart.all(Deployment.class))).isEqualTo(modules);
        assertThat(names(chart.all(Service.class))).isEqualTo(modules);
        assertThat(names(chart.all(HorizontalPodAutoscaler.class))).isEqualTo(modules);
        assertThat(chart.manifests).hasSize(3 * modules.size());
    }

    @Test
    void eachDeploymentRunsItsImageOnPort8080AndItsServiceAndAutoscalerPointAtIt() {
        for (Component component : Component.all()) {
            String name = component.module();
            Deployment deployment = chart.one(Deployment.class, name);
            Container container = container(deployment);
            assertThat(container.getImage()).isEqualTo("hamerslag/" + name + ":0.1.0");
            assertThat(container.getPorts()).singleElement().satisfies(p -> {
                assertThat(p.getContainerPort()).isEqualTo(8080);
                assertThat(p.getName()).isEqualTo("http");
            });
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
            assertThat(deployment.getSpec().getReplicas()).as(name + " replicas").isGreaterThanOrEqualTo(2);
            assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();

            Service service = chart.one(Service.class, name);
            assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
            assertThat(service.getSpec().getPorts()).singleElement().satisfies(p -> {
                assertThat(p.getPort()).isEqualTo(8080);
                assertThat(p.getTargetPort().getStrVal()).isEqualTo("http");
            });

            HorizontalPodAutoscaler hpa = chart.one(HorizontalPodAutoscaler.class, name);
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(name);
            assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(deployment.getSpec().getReplicas());
            assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
            assertThat(hpa.getSpec().getMetrics()).singleElement().satisfies(m ->
                    assertThat(m.getResource().getName()).isEqualTo("cpu"));
        }
    }

    /** CPU is requested (the autoscaler's utilisation is relative to it), memory requested and capped. */
    @Test
    void everyContainerRequestsCpuAndMemoryAndIsLimitedInMemory() {
        for (Deployment deployment : chart.all(Deployment.class)) {
            Container container = container(deployment);
            assertThat(container.getResources().getRequests()).as(deployment.getMetadata().getName()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).as(deployment.getMetadata().getName()).containsKey("memory");
        }
    }

    @Test
    void probesAskTheActuatorsReadinessAndLivenessGroupsWhichEveryComponentSwitchesOn() throws IOException {
        for (Deployment deployment : chart.all(Deployment.class)) {
            Container container = container(deployment);
            assertThat(path(container.getReadinessProbe())).isEqualTo("/actuator/health/readiness");
            assertThat(path(container.getLivenessProbe())).isEqualTo("/actuator/health/liveness");
            assertThat(path(container.getStartupProbe())).isEqualTo("/actuator/health/liveness");
            assertThat(container.getReadinessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("http");
        }
        // the services get it from the platform's defaults, the gateway (not on the platform) from its own file
        Path repository = Path.of("..", "..");
        assertThat(Files.readString(repository.resolve(
                "platform/src/main/java/nl/hamerslag/platform/PlatformDefaults.java"), StandardCharsets.UTF_8))
                .contains("defaults.put(\"management.endpoint.health.probes.enabled\", \"true\");");
        // the file's first document is the default profile; later ones are profile-specific
        @SuppressWarnings("unchecked")
        Map<String, Object> gateway = (Map<String, Object>) new Yaml().loadAll(Files.readString(
                repository.resolve("gateway/src/main/resources/application.yml"), StandardCharsets.UTF_8)).iterator().next();
        assertThat(at(gateway, "management", "endpoint", "health", "probes", "enabled")).isEqualTo(true);
    }

    /** No password or client secret is a value in the chart: each comes from a Kubernetes Secret. */
    @Test
    void everyPasswordAndClientSecretComesFromAKubernetesSecret() {
        for (Deployment deployment : chart.all(Deployment.class)) {
            for (EnvVar env : container(deployment).getEnv()) {
                if (env.getName().matches(".*(PASSWORD|SECRET|USERNAME).*")) {
                    assertThat(env.getValue()).as(env.getName()).isNull();
                    assertThat(env.getValueFrom().getSecretKeyRef()).as(env.getName()).isNotNull();
                }
                if (env.getValue() != null && env.getValue().contains("password=")) {
                    assertThat(env.getValue()).as(env.getName() + " refers to the Secret's variable, never a value")
                            .contains("password=\"$(HAMERSLAG_KAFKA_PASSWORD)\"");
                }
            }
        }
    }

    /** Each service its own database and its own database and Kafka logins; the gateway neither. */
    @Test
    void eachServiceUsesItsOwnDatabaseItsOwnLoginsAndItsOwnTreeHeadKey() {
        Set<String> databaseSecrets = new TreeSet<>();
        Set<String> kafkaSecrets = new TreeSet<>();
        Set<String> treeHeadSecrets = new TreeSet<>();
        for (Component component : Component.SERVICES) {
            Deployment deployment = chart.one(Deployment.class, component.module());
            Map<String, EnvVar> env = env(deployment);
            assertThat(env.get("SPRING_DATASOURCE_URL").getValue())
                    .startsWith("jdbc:postgresql://").contains("/" + component.shortName() + "?");
            databaseSecrets.add(env.get("SPRING_DATASOURCE_PASSWORD").getValueFrom().getSecretKeyRef().getName());
            assertThat(env.get("SPRING_DATASOURCE_USERNAME").getValueFrom().getSecretKeyRef().getName())
                    .isEqualTo(env.get("SPRING_DATASOURCE_PASSWORD").getValueFrom().getSecretKeyRef().getName());
            kafkaSecrets.add(env.get("HAMERSLAG_KAFKA_PASSWORD").getValueFrom().getSecretKeyRef().getName());
            assertThat(env).containsKeys("SPRING_KAFKA_BOOTSTRAP_SERVERS", "SPRING_KAFKA_SECURITY_PROTOCOL",
                    "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG");
            // $(NAME) is filled in only from variables defined before it
            List<String> order = container(deployment).getEnv().stream().map(EnvVar::getName).toList();
            assertThat(order.indexOf("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"))
                    .isGreaterThan(order.indexOf("HAMERSLAG_KAFKA_USERNAME")).isGreaterThan(order.indexOf("HAMERSLAG_KAFKA_PASSWORD"));

            assertThat(env.get("HAMERSLAG_AUDIT_KEYDIR").getValue()).isEqualTo("/etc/hamerslag/tree-head");
            Volume key = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                    .filter(v -> v.getName().equals("tree-head-key")).findFirst().orElseThrow();
            treeHeadSecrets.add(key.getSecret().getSecretName());
            assertThat(container(deployment).getVolumeMounts()).anySatisfy(m -> {
                assertThat(m.getName()).isEqualTo("tree-head-key");
                assertThat(m.getMountPath()).isEqualTo("/etc/hamerslag/tree-head");
                assertThat(m.getReadOnly()).isTrue();
            });
        }
        assertThat(databaseSecrets).hasSize(Component.SERVICES.size());
        assertThat(kafkaSecrets).hasSize(Component.SERVICES.size());
        assertThat(treeHeadSecrets).hasSize(Component.SERVICES.size());

        Map<String, EnvVar> gateway = env(chart.one(Deployment.class, Component.GATEWAY.module()));
        assertThat(gateway.keySet()).noneMatch(n -> n.startsWith("SPRING_DATASOURCE") || n.startsWith("SPRING_KAFKA"));
        for (Component service : Component.SERVICES) {
            String variable = "HAMERSLAG_SERVICES_" + service.shortName().toUpperCase() + "_URL";
            assertThat(gateway.get(variable).getValue()).as(variable).isEqualTo("http://" + service.module() + ":8080");
        }
    }

    /**
     * The chart gives each component every variable infra/docker-compose.yml gives it, so the images
     * run the same way in both (values differ: hosts, and secrets from Secrets instead of .env).
     */
    @Test
    @SuppressWarnings("unchecked")
    void eachComponentGetsEveryVariableTheComposeFileGivesIt() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("..", "docker-compose.yml"), StandardCharsets.UTF_8));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        for (Component component : Component.all()) {
            Map<String, Object> environment = (Map<String, Object>) services.get(component.module()).get("environment");
            assertThat(env(chart.one(Deployment.class, component.module())).keySet())
                    .as(component.module() + ": variables the compose file sets and the chart does not")
                    .containsAll(environment.keySet());
        }
    }

    /** The strict reading is what catches a misspelt field: shown here, so it cannot quietly stop working. */
    @Test
    void aFieldTheKubernetesApiDoesNotHaveOrAValueOfTheWrongTypeIsRefused() {
        Map<String, Object> misspelt = new Yaml().load("""
                apiVersion: v1
                kind: Service
                metadata: { name: x }
                spec:
                  selector: { app: x }
                  ports: [{ port: 8080, targetPot: http }]
                """);
        Map<String, Object> wrongType = new Yaml().load("""
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: { name: x }
                spec: { minReplicas: "2", maxReplicas: 4, scaleTargetRef: { kind: Deployment, name: x } }
                """);
        Map<String, Object> oldApi = new Yaml().load("""
                apiVersion: autoscaling/v1
                kind: HorizontalPodAutoscaler
                metadata: { name: x }
                """);

        assertThatThrownBy(() -> RenderedChart.read("t.yaml", misspelt)).hasMessageContaining("spec.ports[0].targetPot");
        assertThatThrownBy(() -> RenderedChart.read("t.yaml", wrongType)).hasMessageContaining("minReplicas");
        assertThatThrownBy(() -> RenderedChart.read("t.yaml", oldApi)).hasMessageContaining("autoscaling/v1");
    }

    private static Set<String> names(List<? extends io.fabric8.kubernetes.api.model.HasMetadata> manifests) {
        return manifests.stream().map(m -> m.getMetadata().getName()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as(deployment.getMetadata().getName()).hasSize(1);
        return containers.get(0);
    }

    private static Map<String, EnvVar> env(Deployment deployment) {
        return container(deployment).getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
    }

    private static String path(Probe probe) {
        assertThat(probe).isNotNull();
        return probe.getHttpGet().getPath();
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> map, String... keys) {
        Object value = map;
        for (String key : keys) {
            value = value instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(key) : null;
        }
        return value;
    }
}
