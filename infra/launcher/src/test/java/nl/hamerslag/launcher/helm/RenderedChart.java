package nl.hamerslag.launcher.helm;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The chart rendered with its own values ({@link ChartTemplates}) and every manifest read into the
 * Kubernetes API model strictly: an unknown apiVersion/kind, a field the API does not have (the model
 * keeps those aside in {@code additionalProperties}, so each object is searched for them) or a value of
 * the wrong type is an error naming the template and the path.
 */
final class RenderedChart {

    static final Path CHART = Path.of("..", "helm", "hamerslag");
    static final String RELEASE = "hamerslag";

    /** The kinds the chart may contain, each with the one apiVersion it is written against. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "apps/v1 Deployment", Deployment.class,
            "v1 Service", Service.class,
            "autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    /** No coercion: {@code replicas: "2"} is a string where the API wants a number, as the API server says. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    final Map<String, Object> values;
    final List<HasMetadata> manifests = new ArrayList<>();
    /** The rendered documents as parsed YAML, before they were read into the model. */
    final List<Object> documents = new ArrayList<>();
    final Map<String, String> renderedTemplates = new LinkedHashMap<>();

    private RenderedChart(Map<String, Object> values) {
        this.values = values;
    }

    static Map<String, Object> values() {
        return load(CHART.resolve("values.yaml"));
    }

    static RenderedChart render(Map<String, Object> values) {
        RenderedChart chart = new RenderedChart(values);
        Map<String, Object> root = Map.of(
                "Values", values,
                "Release", Map.of("Name", RELEASE, "Namespace", "hamerslag", "Service", "Helm"),
                "Chart", load(CHART.resolve("Chart.yaml")));
        try (Stream<Path> templates = Files.list(CHART.resolve("templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String name = template.getFileName().toString();
                String text = ChartTemplates.render(Files.readString(template, StandardCharsets.UTF_8), root);
                chart.renderedTemplates.put(name, text);
                for (Object document : new Yaml().loadAll(text)) {
                    if (document != null) {
                        chart.documents.add(document);
                        chart.manifests.add(read(name, document));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return chart;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return manifests.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> type, String name) {
        return all(type).stream().filter(m -> m.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    static HasMetadata read(String template, Object document) {
        if (!(document instanceof Map<?, ?> map)) {
            throw new AssertionError(template + ": a manifest is not a mapping: " + document);
        }
        String kind = map.get("apiVersion") + " " + map.get("kind");
        Class<? extends HasMetadata> type = KINDS.get(kind);
        if (type == null) {
            throw new AssertionError(template + ": " + kind + " is not a kind the chart test knows; add it to RenderedChart.KINDS");
        }
        HasMetadata manifest;
        try {
            manifest = MAPPER.convertValue(document, type);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(template + ": " + kind + " does not fit the Kubernetes model: " + e.getMessage(), e);
        }
        List<String> unknown = new ArrayList<>();
        unknownFields(manifest, kind, unknown, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        if (!unknown.isEmpty()) {
            throw new AssertionError(template + ": fields the Kubernetes API does not have: " + unknown);
        }
        return manifest;
    }

    /** Every model object keeps fields it does not know in additionalProperties; none may have any. */
    private static void unknownFields(Object object, String path, List<String> unknown, Set<Object> seen) {
        if (object == null || !seen.add(object)) {
            return;
        }
        if (object instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                unknownFields(element, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (object instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, unknown, seen));
            return;
        }
        if (!object.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : object.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(object);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + getter + " of " + path, e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> unknown.add(path + "." + k));
                }
            } else {
                unknownFields(value, path + "." + decapitalize(getter.getName().substring(3)), unknown, seen);
            }
        }
    }

    private static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Path file) {
        try {
            return new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
