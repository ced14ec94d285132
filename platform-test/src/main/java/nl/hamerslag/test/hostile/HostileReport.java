package nl.hamerslag.test.hostile;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a harness run sent and found, per service. */
public record HostileReport(String service, int requests, int onDocumentedOperations, Map<Integer, Long> statuses,
                            List<Finding> findings) {

    /** Fails listing every finding at once, so one run shows everything to fix. */
    public void assertNoFindings() {
        if (!findings.isEmpty()) {
            throw new AssertionError(findings.size() + " of " + requests + " hostile requests to " + service
                    + " broke a rule:\n" + findings.stream().map(f -> "  " + f).collect(Collectors.joining("\n")));
        }
    }

    @Override
    public String toString() {
        return "hostile input against " + service + ": " + requests + " requests (" + onDocumentedOperations
                + " on documented operations), answers " + statuses + ", " + findings.size() + " findings";
    }
}
