package nl.hamerslag.platform.audit;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;
import java.util.UUID;

/**
 * Ties a stream to a proposal: an event whose payload (JSON, as the event serializer stores it) has
 * a top-level {@code proposalId}. Every service's events about a proposal carry it by that name
 * (drafting's proposal and attachments, approval's route opened, meeting's agenda items, votes,
 * motions and commitments of a proposal, follow-up's items), so no service needs to say anything.
 */
final class ProposalOfEvent {

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
        JsonNode proposalId = node.get("proposalId");
        if (proposalId == null || !proposalId.isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(proposalId.asString()));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty(); // a field of that name that is no proposal id ties the stream to nothing
        }
    }
}
