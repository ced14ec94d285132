package nl.hamerslag.gateway.audit;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Merges the services' dossiers (the {@code AuditedDossier} JSON each service answers) into one timeline.
 * Clocks of different services are compared as they are: the order across services is as good as
 * their time; within a service the sequence breaks a tie.
 */
public final class TimelineMerge {

    /** The payload fields that name the proposal version an event is about, most specific first. */
    private static final List<String> VERSION_FIELDS = List.of("version", "reviewedVersion", "submittedVersion");

    static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::timestamp)
            .thenComparing(TimelineEntry::service)
            .thenComparingLong(TimelineEntry::sequenceNumber)
            .thenComparing(TimelineEntry::stream);

    private TimelineMerge() {
    }

    /** The timeline of the services that answered, or {@link UnknownDossier} when none did. */
    public static Timeline of(UUID proposalId, List<ServiceAnswer> answers) {
        List<MissingPart> missing = missing(answers);
        List<String> services = new ArrayList<>();
        List<TimelineEntry> entries = new ArrayList<>();
        for (ServiceAnswer answer : answers) {
            if (answer instanceof ServiceAnswer.Answered answered) {
                services.add(answered.service());
                answered.body().path("streams").forEach(stream -> stream.path("events").forEach(event ->
                        entries.add(entry(answered.service(), stream, event))));
            }
        }
        if (services.isEmpty()) {
            throw new UnknownDossier(proposalId, missing);
        }
        entries.sort(ORDER);
        return new Timeline(proposalId, services, entries, missing);
    }

    static List<MissingPart> missing(List<ServiceAnswer> answers) {
        return answers.stream()
                .filter(ServiceAnswer.Missing.class::isInstance)
                .map(ServiceAnswer.Missing.class::cast)
                .map(m -> new MissingPart(m.service(), m.reason()))
                .toList();
    }

    private static TimelineEntry entry(String service, JsonNode stream, JsonNode event) {
        JsonNode leaf = event.path("leafIndex");
        return new TimelineEntry(service, text(stream, "aggregateId"), text(stream, "aggregateType"),
                event.path("sequenceNumber").asLong(), instant(event.path("timestamp").asString("")),
                text(event, "type"), text(event, "actorSubject"), text(event, "actorName"), text(event, "actorRole"),
                versionHash(event.path("payload")), text(event, "eventIdentifier"), text(event, "hash"),
                leaf.isNumber() ? leaf.asLong() : null);
    }

    private static String versionHash(JsonNode payload) {
        for (String field : VERSION_FIELDS) {
            JsonNode value = payload.path(field);
            if (value.isString() && !value.asString().isBlank()) {
                return value.asString();
            }
            // a hash written as an object ({"value": "..."}) by an older serialisation
            if (value.path("value").isString()) {
                return value.path("value").asString();
            }
        }
        return null;
    }

    private static Instant instant(String timestamp) {
        try {
            return Instant.parse(timestamp);
        } catch (DateTimeParseException notAnInstant) {
            return OffsetDateTime.parse(timestamp).toInstant();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }
}
