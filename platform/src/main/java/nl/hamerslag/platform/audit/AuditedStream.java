package nl.hamerslag.platform.audit;

import java.util.List;

/** One aggregate's stream, every event in sequence order. */
public record AuditedStream(String aggregateId, String aggregateType, List<AuditedEvent> events) {
}
