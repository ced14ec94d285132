package nl.hamerslag.gateway.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The size of a service's tree head an auditor kept from before, as asked for in an export
 * ({@code ?since=drafting:40}): the bundle then proves that the service's log of today extends it.
 */
public record EarlierHead(String service, long treeSize) {

    static final String FORM = "since=<service>:<treeSize>, e.g. since=drafting:40, at most once per service, "
            + "treeSize the size of the signed tree head you kept";

    /** The heads asked for, or {@link ExportRequestInvalid} saying what to send instead. */
    static List<EarlierHead> parse(List<String> values, Collection<String> services) {
        List<EarlierHead> heads = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            int colon = value.lastIndexOf(':');
            String service = colon < 0 ? value : value.substring(0, colon);
            long size;
            try {
                size = colon < 0 ? -1 : Long.parseLong(value.substring(colon + 1));
            } catch (NumberFormatException notANumber) {
                size = -1;
            }
            if (size < 0) {
                throw new ExportRequestInvalid("since=" + value + " is not a service and a tree size; give " + FORM);
            }
            if (!services.contains(service)) {
                throw new ExportRequestInvalid("since=" + value + " names no service of this gateway; the services are "
                        + String.join(", ", services) + "; give " + FORM);
            }
            if (!seen.add(service)) {
                throw new ExportRequestInvalid("since names " + service + " twice; give " + FORM);
            }
            heads.add(new EarlierHead(service, size));
        }
        return List.copyOf(heads);
    }
}
