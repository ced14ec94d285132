package nl.hamerslag.platform.observability;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metric names the Grafana dashboard's PromQL queries (panels and variables) ask Prometheus for. */
final class DashboardQueries {

    static final Path DASHBOARD = Path.of("..", "infra", "observability", "grafana", "dashboards", "hamerslag.json");

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "and", "or", "unless", "offset", "bool");

    private DashboardQueries() {
    }

    static List<String> queries(Path dashboard) {
        JsonNode root = JsonMapper.builder().build().readTree(dashboard.toFile());
        List<String> queries = new ArrayList<>();
        root.path("panels").forEach(panel -> panel.path("targets").forEach(t -> queries.add(t.path("expr").asString())));
        root.path("templating").path("list").forEach(variable -> queries.add(variable.path("definition").asString()));
        return queries;
    }

    /** Label matchers, ranges, strings and grouping lists removed; of what is left, a name not called as a function. */
    static Set<String> metricNames(String query) {
        String bare = query
                .replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\{[^}]*}", "")
                .replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "")
                .replaceAll("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*,[^)]*\\)", "$1");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            String word = m.group();
            boolean calledAsFunction = bare.substring(m.end()).stripLeading().startsWith("(");
            if (!calledAsFunction && !PROMQL_WORDS.contains(word)) {
                names.add(word);
            }
        }
        return names;
    }
}
