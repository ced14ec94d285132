package nl.hamerslag.publication.ori.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The feed's service document: who publishes it, which resource types it carries, how far its history goes
 * (from {@code historyFrom}, the oldest record still in it; redactions leave gaps), its epoch and head, and
 * where the feed, snapshot, stream and resources are.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ServiceDocument(String title, String specification, List<Organisation> organisations, List<String> resourceTypes,
                       Instant historyFrom, String history, int epoch, long head, Map<String, String> links) {

    record Organisation(String organisatiecode, String name, String tooi) {
    }
}
