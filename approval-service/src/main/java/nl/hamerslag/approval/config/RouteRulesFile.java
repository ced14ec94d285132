package nl.hamerslag.approval.config;

import nl.hamerslag.approval.command.RouteRules;
import nl.hamerslag.approval.command.RouteRules.Consequence;
import nl.hamerslag.approval.command.RouteRules.Rule;
import nl.hamerslag.approval.command.RouteRules.StepRule;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the route rule file. The YAML is read as a node tree (not bound to objects), so every
 * problem is reported with the file and the line it is on; a file that cannot be used stops the
 * service at start-up rather than opening wrong routes later.
 *
 * <pre>
 * rules:
 *   - name: raadsvoorstel
 *     when: { types: [COUNCIL_PROPOSAL] }            # optional: types, deciding-bodies
 *     stages:
 *       - steps:
 *           - { id: manager, role: MANAGER, own-department: true }
 *       - steps:
 *           - { id: financial-controller, role: FINANCIAL_CONTROLLER, if: financial-consequences }
 *           - { id: legal-controller, role: LEGAL_CONTROLLER, if: legal-consequences, working-days: 3 }
 *       - steps:
 *           - { id: municipal-secretary, role: MUNICIPAL_SECRETARY }
 * </pre>
 */
public final class RouteRulesFile {

    private static final Pattern STEP_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String source;

    private RouteRulesFile(String source) {
        this.source = source;
    }

    public static RouteRules load(Resource resource) {
        String source = resource.getDescription();
        if (!resource.exists()) {
            throw new InvalidRouteRules(source, 0, "the file does not exist; set hamerslag.approval.rules-location");
        }
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return new RouteRulesFile(source).read(reader);
        } catch (IOException e) {
            throw new InvalidRouteRules(source, 0, "cannot read the file: " + e.getMessage());
        }
    }

    public static RouteRules parse(String source, String yaml) {
        return new RouteRulesFile(source).read(new StringReader(yaml));
    }

    private RouteRules read(Reader reader) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new InvalidRouteRules(source, mark == null ? 0 : mark.getLine() + 1, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InvalidRouteRules(source, 0, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new InvalidRouteRules(source, 1, "the file is empty; it needs a list 'rules'");
        }
        Map<String, Node> top = mapping(root, "the file", Set.of("rules"), Set.of("rules"));
        Node rulesNode = top.get("rules");
        List<Node> ruleNodes = sequence(rulesNode, "rules");
        List<Rule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node ruleNode : ruleNodes) {
            Rule rule = rule(ruleNode);
            if (!names.add(rule.name())) {
                throw error(ruleNode, "a second rule named '" + rule.name() + "'; rule names are unique");
            }
            rules.add(rule);
        }
        requireEveryProposalCovered(rulesNode, rules);
        return new RouteRules(rules);
    }

    private Rule rule(Node node) {
        Map<String, Node> fields = mapping(node, "a rule", Set.of("name", "when", "stages"), Set.of("name", "stages"));
        String name = text(fields.get("name"), "name");
        Set<ProposalType> types = EnumSet.noneOf(ProposalType.class);
        Set<DecidingBody> bodies = EnumSet.noneOf(DecidingBody.class);
        if (fields.containsKey("when")) {
            Map<String, Node> when = mapping(fields.get("when"), "'when'", Set.of("types", "deciding-bodies"), Set.of());
            if (when.containsKey("types")) {
                for (Node type : sequence(when.get("types"), "types")) {
                    types.add(constant(type, ProposalType.class, "proposal type"));
                }
            }
            if (when.containsKey("deciding-bodies")) {
                for (Node body : sequence(when.get("deciding-bodies"), "deciding-bodies")) {
                    bodies.add(constant(body, DecidingBody.class, "deciding body"));
                }
            }
        }
        List<List<StepRule>> stages = new ArrayList<>();
        Set<String> stepIds = new HashSet<>();
        boolean anUnconditionalStep = false;
        for (Node stageNode : sequence(fields.get("stages"), "stages")) {
            Map<String, Node> stage = mapping(stageNode, "a stage", Set.of("steps"), Set.of("steps"));
            List<StepRule> steps = new ArrayList<>();
            for (Node stepNode : sequence(stage.get("steps"), "steps")) {
                StepRule step = step(stepNode);
                if (!stepIds.add(step.id())) {
                    throw error(stepNode, "step id '" + step.id() + "' is used twice in rule '" + name
                            + "'; step ids are unique within a route");
                }
                anUnconditionalStep |= step.onlyIf() == null;
                steps.add(step);
            }
            stages.add(steps);
        }
        if (!anUnconditionalStep) {
            throw error(node, "rule '" + name + "' has only conditional steps; a route needs at least one step "
                    + "without 'if'");
        }
        return new Rule(name, types, bodies, stages);
    }

    private StepRule step(Node node) {
        Map<String, Node> fields = mapping(node, "a step",
                Set.of("id", "role", "department", "own-department", "if", "working-days"), Set.of("id", "role"));
        String id = text(fields.get("id"), "id");
        if (!STEP_ID.matcher(id).matches()) {
            throw error(fields.get("id"), "step id '" + id + "' must be lower-case words joined by '-', e.g. legal-controller");
        }
        Role role = constant(fields.get("role"), Role.class, "role");
        if (role == Role.SYSTEM) {
            throw error(fields.get("role"), "role SYSTEM is not a person's role; name the role that signs");
        }
        String department = fields.containsKey("department") ? text(fields.get("department"), "department") : null;
        boolean ownDepartment = fields.containsKey("own-department") && bool(fields.get("own-department"), "own-department");
        if (department != null && ownDepartment) {
            throw error(fields.get("own-department"), "a step names either a department or own-department, not both");
        }
        Consequence onlyIf = null;
        if (fields.containsKey("if")) {
            Node condition = fields.get("if");
            String value = text(condition, "if");
            onlyIf = Arrays.stream(Consequence.values()).filter(c -> c.key().equals(value)).findFirst()
                    .orElseThrow(() -> error(condition, "unknown condition '" + value + "'; use one of "
                            + Arrays.stream(Consequence.values()).map(Consequence::key).toList()));
        }
        Integer workingDays = null;
        if (fields.containsKey("working-days")) {
            Node days = fields.get("working-days");
            try {
                workingDays = Integer.valueOf(text(days, "working-days"));
            } catch (NumberFormatException e) {
                throw error(days, "working-days must be a whole number of working days, e.g. 5");
            }
            if (workingDays < 1) {
                throw error(days, "working-days must be at least 1");
            }
        }
        return new StepRule(id, role, department, ownDepartment, onlyIf, workingDays);
    }

    /** Every submission must find a rule, or it would get no route: the file is refused when one would not. */
    private void requireEveryProposalCovered(Node rulesNode, List<Rule> rules) {
        for (ProposalType type : ProposalType.values()) {
            for (DecidingBody body : DecidingBody.values()) {
                if (rules.stream().noneMatch(rule -> rule.matches(type, body))) {
                    throw error(rulesNode, "no rule applies to a " + type + " decided by " + body
                            + "; end the list with a rule without 'when'");
                }
            }
        }
    }

    // --- reading nodes

    private Map<String, Node> mapping(Node node, String what, Set<String> allowed, Set<String> required) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, what + " must be a mapping with " + sorted(allowed));
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = text(tuple.getKeyNode(), "a key");
            if (!allowed.contains(key)) {
                throw error(tuple.getKeyNode(), "unknown key '" + key + "' in " + what + "; allowed are " + sorted(allowed));
            }
            fields.put(key, tuple.getValueNode());
        }
        for (String key : sorted(required)) {
            if (!fields.containsKey(key)) {
                throw error(node, what + " needs '" + key + "'");
            }
        }
        return fields;
    }

    private List<Node> sequence(Node node, String what) {
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, "'" + what + "' must be a list");
        }
        if (sequence.getValue().isEmpty()) {
            throw error(node, "'" + what + "' is empty");
        }
        return sequence.getValue();
    }

    private String text(Node node, String what) {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw error(node, what + " must be a non-empty value");
        }
        return scalar.getValue().strip();
    }

    private boolean bool(Node node, String what) {
        String value = text(node, what);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(node, what + " must be true or false, not '" + value + "'");
        };
    }

    private <E extends Enum<E>> E constant(Node node, Class<E> type, String what) {
        String value = text(node, what);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        // SYSTEM is the services' own role, never a person's: not offered
        throw error(node, "unknown " + what + " '" + value + "'; use one of " + Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant != Role.SYSTEM).toList());
    }

    private InvalidRouteRules error(Node node, String problem) {
        return new InvalidRouteRules(source, node == null ? 0 : node.getStartMark().getLine() + 1, problem);
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
