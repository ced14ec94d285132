package nl.hamerslag.gateway.audit;

import tools.jackson.databind.JsonNode;

/**
 * What one service said when asked for its part of a dossier: its JSON, that it knows no such
 * dossier (404), or why its part is missing.
 */
public sealed interface ServiceAnswer {

    String service();

    record Answered(String service, JsonNode body) implements ServiceAnswer {
    }

    record NotKnown(String service) implements ServiceAnswer {
    }

    record Missing(String service, String reason) implements ServiceAnswer {
    }
}
