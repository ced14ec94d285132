package nl.hamerslag.launcher.compose;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** infra/docker-compose.yml and the files beside it, read as the tests need them (paths from infra/launcher). */
final class ComposeFile {

    static final Path INFRA = Path.of("..");
    static final Path REPO = Path.of("../..");

    private ComposeFile() {
    }

    static String text(String infraFile) throws IOException {
        return Files.readString(INFRA.resolve(infraFile), StandardCharsets.UTF_8);
    }

    /** The whole file with YAML anchors and merge keys resolved, as compose sees it before interpolation. */
    static Map<String, Object> compose() throws IOException {
        return map(new Yaml().load(text("docker-compose.yml")));
    }

    static Map<String, Object> services() throws IOException {
        return map(compose().get("services"));
    }

    static Map<String, Object> service(String name) throws IOException {
        return map(services().get(name));
    }

    static Map<String, Object> environment(String service) throws IOException {
        return map(service(service).get("environment"));
    }

    static Map<String, Object> realm() throws IOException {
        return map(new Yaml().load(text("keycloak/hamerslag-realm.json")));
    }

    static List<String> strings(Object o) {
        return list(o).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }
}
