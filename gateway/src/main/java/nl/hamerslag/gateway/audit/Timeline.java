package nl.hamerslag.gateway.audit;

import java.util.List;
import java.util.UUID;

/**
 * A proposal's history across every service, ordered by time, then service, then sequence.
 *
 * @param services the services whose part is in it (each answered)
 * @param missing  the services whose part could not be read, and why: the timeline is incomplete without them
 */
public record Timeline(UUID proposalId, List<String> services, List<TimelineEntry> entries, List<MissingPart> missing) {

    public boolean complete() {
        return missing.isEmpty();
    }
}
