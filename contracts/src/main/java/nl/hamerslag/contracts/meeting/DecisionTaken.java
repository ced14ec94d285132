package nl.hamerslag.contracts.meeting;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Besluit: the meeting decided on the proposal's agenda item. For a college decision on a council
 * proposal {@code nextBody} names the body it goes to next (committee, then council); otherwise null.
 *
 * @param version         the proposal version the decision is about
 * @param decisionText    the text of the decision (besluittekst)
 * @param amendedText     the amended text when the outcome is AMENDED; otherwise null
 * @param documentHashes  the documents the decision is about, by SHA-256
 * @param followUpActions what the decision asks to be done, by whom and when
 */
public record DecisionTaken(ProposalId proposalId, String decisionId, String meetingId, DecidingBody body,
                            DecisionOutcome outcome, ContentHash version, Instant decidedAt, DecidingBody nextBody,
                            String agendaItemId, String title, String decisionText, String amendedText,
                            Confidentiality confidentiality, LocalDate meetingDate, List<ContentHash> documentHashes,
                            List<FollowUpAction> followUpActions)
        implements IntegrationEvent {

    public DecisionTaken {
        documentHashes = documentHashes == null ? List.of() : List.copyOf(documentHashes);
        followUpActions = followUpActions == null ? List.of() : List.copyOf(followUpActions);
    }
}
