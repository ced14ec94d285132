package nl.hamerslag.gateway.audit;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The verify answers of every service for one dossier, summed up.
 *
 * @param intact   true only when at least one service answered, every answering service says intact and
 *                 no service is missing: an unread part is never taken as intact
 * @param services each service that answered: its own verdict, per stream intact or the first mismatch
 * @param notInvolved services that know no event of the proposal (they answered 404)
 * @param missing  services whose verify could not be read, and why
 */
public record DossierVerdict(UUID proposalId, boolean intact, List<ServiceVerdict> services, List<String> notInvolved,
                             List<MissingPart> missing) {

    /**
     * One service's verdict.
     *
     * @param treeHeadsHold every tree head it checked has a valid signature by its key and matches its leaves
     * @param streams       each stream: intact, or the first event that does not match
     * @param report        the service's whole verify answer (tree heads, chain, attachments)
     */
    public record ServiceVerdict(String service, boolean intact, boolean treeHeadsHold, List<StreamVerdict> streams,
                                 JsonNode report) {
    }

    /** One stream: intact, or its first mismatch as the service gave it (kind, sequence, event, detail). */
    public record StreamVerdict(String aggregateId, String aggregateType, boolean intact, JsonNode firstMismatch) {
    }

    public static DossierVerdict of(UUID proposalId, List<ServiceAnswer> answers) {
        List<MissingPart> missing = TimelineMerge.missing(answers);
        List<ServiceVerdict> services = new ArrayList<>();
        List<String> notInvolved = new ArrayList<>();
        for (ServiceAnswer answer : answers) {
            if (answer instanceof ServiceAnswer.Answered answered) {
                services.add(verdict(answered.service(), answered.body()));
            } else if (answer instanceof ServiceAnswer.NotKnown notKnown) {
                notInvolved.add(notKnown.service());
            }
        }
        if (services.isEmpty()) {
            throw new UnknownDossier(proposalId, missing);
        }
        boolean intact = missing.isEmpty() && services.stream().allMatch(ServiceVerdict::intact);
        return new DossierVerdict(proposalId, intact, services, notInvolved, missing);
    }

    private static ServiceVerdict verdict(String service, JsonNode body) {
        List<StreamVerdict> streams = new ArrayList<>();
        body.path("streams").forEach(stream -> streams.add(new StreamVerdict(stream.path("aggregateId").asString(null),
                stream.path("aggregateType").asString(null), stream.path("intact").asBoolean(false),
                stream.path("firstMismatch").isObject() ? stream.get("firstMismatch") : null)));
        boolean headsHold = true;
        for (JsonNode head : body.path("treeHeads")) {
            headsHold &= head.path("signatureValid").asBoolean(false) && head.path("keyIsServices").asBoolean(false)
                    && head.path("matchesLog").asBoolean(false);
        }
        // the service's own word, and never intact when a stream says otherwise
        boolean intact = body.path("intact").asBoolean(false) && headsHold
                && streams.stream().allMatch(StreamVerdict::intact);
        return new ServiceVerdict(service, intact, headsHold, streams, body);
    }
}
