package nl.hamerslag.test.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core (Deque) run in the page the driver shows. The script is the {@code axe.min.js} that the
 * Maven artifact {@code com.deque.html.axe-core:selenium} bundles, so a clean machine gets it from
 * Maven Central like every other dependency; only the script is used, not that artifact's Java API.
 */
public final class Axe {

    /** The rules of WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SCRIPT = load();

    private Axe() {
    }

    /** The violations of the rules with these tags on the current page; empty when it passes. */
    public static List<Violation> violations(WebDriver driver, List<String> tags) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SCRIPT);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done('ERROR ' + e));
                """, tags);
        String json = String.valueOf(result);
        if (json.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core could not check " + driver.getCurrentUrl() + ": " + json);
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : JSON.readTree(json)) {
            List<String> nodes = new ArrayList<>();
            v.path("nodes").forEach(n -> nodes.add(n.path("target").toString() + " " + n.path("failureSummary").asString("")));
            violations.add(new Violation(v.path("id").asString(), v.path("impact").asString(""), v.path("help").asString(),
                    nodes));
        }
        return violations;
    }

    /** One rule broken, with the elements that break it. */
    public record Violation(String rule, String impact, String help, List<String> nodes) {
        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " " + nodes;
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the class path: platform-test depends on "
                        + "com.deque.html.axe-core:selenium for it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
