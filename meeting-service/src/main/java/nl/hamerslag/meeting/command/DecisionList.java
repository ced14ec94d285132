package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Besluitenlijst: every decision of a meeting, in agenda order, as drawn up at closing. Its JSON form
 * ({@link #json()}) is what MeetingClosed's SHA-256 is taken of, so anyone holding the list can
 * verify it; dates and hashes are plain strings so the form does not depend on a mapper's settings.
 *
 * @param adoptedDecisionLists the earlier meetings whose decision lists this meeting adopted
 */
public record DecisionList(String meetingId, String bodyId, DecidingBody body, String meetingDate,
                           List<Decision> decisions, List<String> adoptedDecisionLists) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public DecisionList {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        adoptedDecisionLists = adoptedDecisionLists == null ? List.of() : List.copyOf(adoptedDecisionLists);
    }

    /** One besluit on one agenda item. */
    public record Decision(int number, String agendaItemId, String decisionId, String proposalId, String title,
                           DecisionOutcome outcome, String decisionText, String amendedText, String version,
                           DecidingBody nextBody, String confidentiality, String decidedAt,
                           List<String> documentHashes, List<FollowUp> followUpActions) {

        public Decision {
            documentHashes = documentHashes == null ? List.of() : List.copyOf(documentHashes);
            followUpActions = followUpActions == null ? List.of() : List.copyOf(followUpActions);
        }
    }

    /** A follow-up action the decision asks for; deadline as an ISO date or null. */
    public record FollowUp(String description, String portfolioHolder, String department, String deadline) {
    }

    public String json() {
        return JSON.writeValueAsString(this);
    }

    public ContentHash sha256() {
        return ContentHash.sha256(json());
    }
}
