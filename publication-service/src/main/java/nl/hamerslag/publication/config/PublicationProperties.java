package nl.hamerslag.publication.config;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.publication.command.PublicationMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.Map;

/**
 * {@code hamerslag.publication.*}: who publishes, by which rules, and how often the publication
 * moments are looked at. Checked at start-up by {@link PublicationRules}: a wrong value stops the
 * service with a message that names it.
 *
 * @param organisation      the owner organisation of everything published (TOOI URI and name)
 * @param rules             per body and kind: AUTOMATIC or EDITOR, and the Woo information category
 * @param watchInterval     how often the moments of scheduled and embargoed publications are looked at
 * @param redactedMaxSize   the largest redacted PDF the editor may upload
 */
@ConfigurationProperties("hamerslag.publication")
public record PublicationProperties(
        Organisation organisation,
        Map<DecidingBody, Map<PublicationKind, Rule>> rules,
        @DefaultValue("10s") Duration watchInterval,
        @DefaultValue("50MB") DataSize redactedMaxSize) {

    public PublicationProperties {
        rules = rules == null ? Map.of() : rules;
    }

    /**
     * @param uri  the organisation's TOOI URI ({@code https://identifier.overheid.nl/tooi/id/gemeente/gm0344})
     * @param name its name as the public sees it ({@code Gemeente Utrecht})
     */
    public record Organisation(String uri, String name) {
    }

    /**
     * @param mode     AUTOMATIC or EDITOR
     * @param category the Woo information category, its TOOI URI or its code ({@code c_3a248e3a})
     */
    public record Rule(PublicationMode mode, String category) {
    }
}
