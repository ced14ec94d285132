package nl.hamerslag.platform.audit;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Ties a stream to a proposal: an event whose payload (JSON, as the event serializer stores it) names
 * a {@code proposalId} at one of {@link #PLACES}. Drafting's proposal and attachments, approval's route
 * opened, meeting's agenda items, decisions, votes, motions and commitments of a proposal and follow-up's
 * items carry it at the top. Publication's events name where a publication comes from in a
 * {@code PublicationSource} ({@code source}), and its own candidate events in their content's source:
 * with the top level only, no publication stream was ever part of a dossier. A fixed list of places
 * rather than a search of the whole payload, because an agenda or a decision list names many
 * proposals and belongs to none of them.
 */
final class ProposalOfEvent {

    /** Where an event names its proposal, as paths of field names from the payload's top, first match wins. */
    static final List<List<String>> PLACES = List.of(
            List.of("proposalId"),
            List.of("source", "proposalId"),
            List.of("content", "source", "proposalId"));

    private final JsonMapper jsonMapper;

    ProposalOfEvent(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    Optional<UUID> of(byte[] payload) {
        if (payload == null || payload.length == 0 || payload[0] != '{') {
            return Optional.empty(); // not a JSON object: an event of another serializer names no proposal we can read
        }
        JsonNode node;
        try {
            node = jsonMapper.readTree(payload);
        } catch (JacksonException e) {
            throw new IllegalStateException("a stored payload that starts as JSON does not parse: " + e.getOriginalMessage(), e);
        }
        for (List<String> place : PLACES) {
            Optional<UUID> proposal = proposalAt(node, place);
            if (proposal.isPresent()) {
                return proposal;
            }
        }
        return Optional.empty();
    }

    private static Optional<UUID> proposalAt(JsonNode payload, List<String> place) {
        JsonNode value = payload;
        for (String field : place) {
            value = value.path(field);
        }
        if (!value.isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.asString()));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty(); // a field of that name that is no proposal id ties the stream to nothing
        }
    }
}
