package nl.hamerslag.launcher.helm;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders Helm templates written in a small subset of Go's text/template and Helm's functions, because
 * no helm binary can be had on the build machines (docs/scaling.md says what this does and does not
 * check). The subset: text with {@code {{- … -}}} trimming; {@code range $k, $v := X}, {@code range X},
 * {@code if X} and {@code end}; values {@code .a.b}, {@code $.a.b}, {@code $v.a.b}, strings and integers;
 * the functions {@code quote}, {@code toYaml}, {@code nindent}, {@code indent} and {@code default},
 * called directly or after a pipe. Anything else is refused with the template's text, so the chart
 * cannot use a construct this test would get wrong; a missing value is refused too (Helm would print
 * nothing), except as the condition of an {@code if}, where it is false as in Go.
 */
final class ChartTemplates {

    private static final Pattern ACTION = Pattern.compile("\\{\\{(-\\s)?(.*?)(\\s-)?}}", Pattern.DOTALL);
    private static final Pattern RANGE_KV = Pattern.compile("range\\s+(\\$\\w+)\\s*,\\s*(\\$\\w+)\\s*:=\\s*(.+)");
    private static final Object MISSING = new Object();

    private ChartTemplates() {
    }

    /** The template rendered with {@code root} as its dot and as {@code $}. */
    static String render(String template, Map<String, Object> root) {
        List<Node> nodes = parse(template);
        StringBuilder out = new StringBuilder();
        Map<String, Object> variables = new HashMap<>();
        variables.put("$", root);
        write(nodes, root, variables, out);
        return out.toString();
    }

    private interface Node {
    }

    private record Text(String text) implements Node {
    }

    private record Output(String expression) implements Node {
    }

    private record Block(String action, List<Node> body) implements Node {
    }

    private static List<Node> parse(String template) {
        List<String> texts = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        Matcher m = ACTION.matcher(template);
        int at = 0;
        boolean trimNext = false;
        while (m.find()) {
            String text = template.substring(at, m.start());
            if (trimNext) {
                text = text.stripLeading();
            }
            if (m.group(1) != null) {
                text = text.stripTrailing();
            }
            texts.add(text);
            actions.add(m.group(2).strip());
            trimNext = m.group(3) != null;
            at = m.end();
        }
        String tail = template.substring(at);
        texts.add(trimNext ? tail.stripLeading() : tail);
        if (tail.contains("{{") || tail.contains("}}")) {
            throw new IllegalArgumentException("an action is not closed: " + tail.strip());
        }

        Deque<List<Node>> open = new ArrayDeque<>();
        Deque<String> openActions = new ArrayDeque<>();
        List<Node> current = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            if (!texts.get(i).isEmpty()) {
                current.add(new Text(texts.get(i)));
            }
            String action = actions.get(i);
            if (action.startsWith("range ") || action.startsWith("if ")) {
                open.push(current);
                openActions.push(action);
                current = new ArrayList<>();
            } else if (action.equals("end")) {
                if (open.isEmpty()) {
                    throw new IllegalArgumentException("{{ end }} without a range or if");
                }
                List<Node> body = current;
                current = open.pop();
                current.add(new Block(openActions.pop(), body));
            } else if (action.startsWith("else") || action.startsWith("with ") || action.startsWith("define ")
                    || action.startsWith("template ") || action.startsWith("/*") || action.contains(":=")) {
                throw new IllegalArgumentException("not in the subset the chart test renders: {{ " + action + " }}");
            } else {
                current.add(new Output(action));
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("{{ " + openActions.peek() + " }} has no {{ end }}");
        }
        if (!texts.get(actions.size()).isEmpty()) {
            current.add(new Text(texts.get(actions.size())));
        }
        return current;
    }

    private static void write(List<Node> nodes, Object dot, Map<String, Object> variables, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Text t) {
                out.append(t.text());
            } else if (node instanceof Output o) {
                out.append(print(evaluate(o.expression(), dot, variables), o.expression()));
            } else {
                block((Block) node, dot, variables, out);
            }
        }
    }

    private static void block(Block block, Object dot, Map<String, Object> variables, StringBuilder out) {
        if (block.action().startsWith("if ")) {
            if (truthy(evaluate(block.action().substring(3), dot, variables))) {
                write(block.body(), dot, variables, out);
            }
            return;
        }
        Matcher kv = RANGE_KV.matcher(block.action());
        String expression = kv.matches() ? kv.group(3) : block.action().substring(6);
        Object over = evaluate(expression, dot, variables);
        if (over == MISSING || over == null) {
            return;
        }
        if (over instanceof Map<?, ?> map) {
            // Go ranges over a map in the order of its sorted keys
            for (Map.Entry<?, ?> entry : new TreeMap<>(map).entrySet()) {
                Map<String, Object> inner = new HashMap<>(variables);
                if (kv.matches()) {
                    inner.put(kv.group(1), entry.getKey());
                    inner.put(kv.group(2), entry.getValue());
                }
                write(block.body(), entry.getValue(), inner, out);
            }
        } else if (over instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Map<String, Object> inner = new HashMap<>(variables);
                if (kv.matches()) {
                    inner.put(kv.group(1), i);
                    inner.put(kv.group(2), list.get(i));
                }
                write(block.body(), list.get(i), inner, out);
            }
        } else {
            throw new IllegalArgumentException("cannot range over " + over + " ({{ " + block.action() + " }})");
        }
    }

    private static Object evaluate(String pipeline, Object dot, Map<String, Object> variables) {
        Object value = null;
        boolean first = true;
        for (String command : splitOutsideQuotes(pipeline, '|')) {
            List<String> words = splitOutsideQuotes(command.strip(), ' ').stream().filter(w -> !w.isBlank()).toList();
            List<Object> arguments = new ArrayList<>();
            for (String word : words.subList(1, words.size())) {
                arguments.add(term(word, dot, variables));
            }
            if (!first) {
                arguments.add(value);
            }
            if (isFunction(words.get(0))) {
                value = call(words.get(0), arguments, pipeline);
            } else if (first && words.size() == 1) {
                value = term(words.get(0), dot, variables);
            } else {
                throw new IllegalArgumentException("not in the subset the chart test renders: {{ " + pipeline + " }}");
            }
            first = false;
        }
        return value;
    }

    private static boolean isFunction(String word) {
        return List.of("quote", "toYaml", "nindent", "indent", "default").contains(word);
    }

    private static Object call(String function, List<Object> arguments, String pipeline) {
        for (Object argument : arguments) {
            if (argument == MISSING && !function.equals("default")) {
                throw new IllegalArgumentException("no value for an argument of " + function + " in {{ " + pipeline + " }}");
            }
        }
        return switch (function) {
            case "quote" -> "\"" + print(one(arguments, pipeline), pipeline).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            case "toYaml" -> toYaml(one(arguments, pipeline));
            case "nindent" -> "\n" + indent(arguments, pipeline);
            case "indent" -> indent(arguments, pipeline);
            case "default" -> arguments.size() == 2 && truthy(arguments.get(1)) ? arguments.get(1) : arguments.get(0);
            default -> throw new IllegalStateException(function);
        };
    }

    private static Object one(List<Object> arguments, String pipeline) {
        if (arguments.size() != 1) {
            throw new IllegalArgumentException("one argument expected in {{ " + pipeline + " }}");
        }
        return arguments.get(0);
    }

    private static String indent(List<Object> arguments, String pipeline) {
        if (arguments.size() != 2 || !(arguments.get(0) instanceof Integer width)) {
            throw new IllegalArgumentException("indent takes a width and a text: {{ " + pipeline + " }}");
        }
        String pad = " ".repeat(width);
        return pad + print(arguments.get(1), pipeline).replace("\n", "\n" + pad);
    }

    /** As Helm's toYaml: block style, no trailing newline. */
    private static String toYaml(Object value) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(value).stripTrailing();
    }

    private static Object term(String word, Object dot, Map<String, Object> variables) {
        if (word.startsWith("\"") && word.endsWith("\"") && word.length() >= 2) {
            return word.substring(1, word.length() - 1);
        }
        if (word.matches("-?\\d+")) {
            return Integer.valueOf(word);
        }
        Object value;
        String path;
        if (word.startsWith("$")) {
            int dotAt = word.indexOf('.');
            String name = dotAt < 0 ? word : word.substring(0, dotAt);
            if (!variables.containsKey(name)) {
                throw new IllegalArgumentException("undefined variable " + name);
            }
            value = variables.get(name);
            path = dotAt < 0 ? "" : word.substring(dotAt + 1);
        } else if (word.startsWith(".")) {
            value = dot;
            path = word.substring(1);
        } else {
            throw new IllegalArgumentException("not in the subset the chart test renders: " + word);
        }
        if (path.isEmpty()) {
            return value;
        }
        for (String field : path.split("\\.")) {
            if (value == MISSING || value == null) {
                return MISSING;
            }
            if (!(value instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("cannot read ." + field + " of " + value + " (" + word + ")");
            }
            value = map.containsKey(field) ? map.get(field) : MISSING;
        }
        return value;
    }

    private static boolean truthy(Object value) {
        if (value == MISSING || value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    private static String print(Object value, String expression) {
        if (value == MISSING || value == null) {
            throw new IllegalArgumentException("no value for {{ " + expression + " }}");
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            throw new IllegalArgumentException("{{ " + expression + " }} is a map or a list; use toYaml");
        }
        return value.toString();
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
