package nl.hamerslag.publication.config;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.publication.command.PublicationMode;
import nl.hamerslag.publication.woo.InformationCategories;
import nl.hamerslag.publication.woo.InformationCategory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of publication as configured, checked once at start-up: every body and kind it can have has a mode
 * and a known Woo information category, and the owner organisation is a TOOI organisation with a
 * name. Whatever is wrong is listed in one message, so the operator fixes it in one go.
 */
public class PublicationRules {

    private static final Pattern TOOI_ORGANISATION =
            Pattern.compile("https://identifier\\.overheid\\.nl/tooi/id/[a-z_]+/[a-z]{2,4}\\d{2,6}");

    /** What one body and kind get. */
    public record Resolved(PublicationMode mode, InformationCategory category) {
    }

    private final Map<DecidingBody, Map<PublicationKind, Resolved>> rules;
    private final PublicationProperties.Organisation organisation;

    public PublicationRules(PublicationProperties properties, InformationCategories categories) {
        List<String> problems = new ArrayList<>();
        PublicationProperties.Organisation org = properties.organisation();
        if (org == null || org.uri() == null || !TOOI_ORGANISATION.matcher(org.uri()).matches()) {
            problems.add("hamerslag.publication.organisation.uri must be the TOOI URI of the owner organisation, "
                    + "e.g. https://identifier.overheid.nl/tooi/id/gemeente/gm0344; it is "
                    + (org == null ? null : org.uri()));
        }
        if (org == null || org.name() == null || org.name().isBlank()) {
            problems.add("hamerslag.publication.organisation.name must name the owner organisation, e.g. Gemeente Utrecht");
        }
        Map<DecidingBody, Map<PublicationKind, Resolved>> resolved = new EnumMap<>(DecidingBody.class);
        for (DecidingBody body : DecidingBody.values()) {
            Map<PublicationKind, Resolved> perKind = new EnumMap<>(PublicationKind.class);
            for (PublicationKind kind : PublicationKind.values()) {
                if (!offered(body, kind)) {
                    continue;
                }
                String key = "hamerslag.publication.rules." + body + "." + kind;
                PublicationProperties.Rule rule = properties.rules().getOrDefault(body, Map.of()).get(kind);
                if (rule == null) {
                    problems.add(key + " is missing: give its mode (AUTOMATIC or EDITOR) and category (a Woo information "
                            + "category's TOOI URI or code)");
                    continue;
                }
                if (rule.mode() == null) {
                    problems.add(key + ".mode is missing: AUTOMATIC or EDITOR");
                }
                InformationCategory category = categories.find(rule.category()).orElse(null);
                if (category == null) {
                    problems.add(key + ".category '" + rule.category() + "' is not a Woo information category; use one of "
                            + categories.all().stream().map(c -> c.uri().substring(c.uri().lastIndexOf('/') + 1)
                            + " (" + c.label() + ")").toList());
                }
                perKind.put(kind, new Resolved(rule.mode(), category));
            }
            resolved.put(body, perKind);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The publication settings are wrong; fix them and start again:\n  - "
                    + String.join("\n  - ", problems));
        }
        this.rules = resolved;
        this.organisation = org;
    }

    public Resolved of(DecidingBody body, PublicationKind kind) {
        if (!offered(body, kind)) {
            throw new IllegalArgumentException(body + " has no " + kind + " publications");
        }
        return rules.get(body).get(kind);
    }

    /** Whether a body can have publications of a kind: every kind but the college's votes (it meets behind closed doors). */
    public static boolean offered(DecidingBody body, PublicationKind kind) {
        return !(body == DecidingBody.COLLEGE && kind == PublicationKind.VOTE);
    }

    public PublicationProperties.Organisation organisation() {
        return organisation;
    }
}
