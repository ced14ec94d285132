package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.contracts.meeting.FollowUpAction;
import nl.hamerslag.meeting.command.refusal.AmendedTextRequired;
import nl.hamerslag.meeting.command.refusal.NotTheNextBody;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a decision on a proposal's agenda item says: the outcome with its text (an amended decision
 * says how), the follow-up it asks for, the body it goes to next (NextBody), and the exact version
 * and documents it is about. Whether the item may be decided now is the meeting's to say.
 */
final class DecisionPolicy {

    private DecisionPolicy() {
    }

    static DecisionTaken decide(String meetingId, DecidingBody body, LocalDate date, AgendaItem item,
                                DecisionOutcome outcome, String text, String amended, List<FollowUpAction> actions,
                                DecidingBody askedNext, Instant at) {
        String decisionText = MeetingLimits.text("decisionText", text, MeetingLimits.DECISION_TEXT);
        String amendedText = MeetingLimits.text("amendedText", amended, MeetingLimits.DECISION_TEXT);
        if (outcome == DecisionOutcome.AMENDED && amendedText == null) {
            throw new AmendedTextRequired(item.id());
        }
        List<FollowUpAction> followUps = MeetingLimits.followUps(actions);
        DecidingBody next = NextBody.after(body, item.finalBody(), outcome);
        if (askedNext != null && askedNext != next) {
            throw new NotTheNextBody(askedNext, next);
        }
        return new DecisionTaken(item.proposalId(), decisionId(meetingId, item.id()), meetingId, body, outcome,
                item.version(), at, next, item.id(), item.title(),
                decisionText == null ? StandingItems.usualDecisionText(outcome) : decisionText,
                outcome == DecisionOutcome.AMENDED ? amendedText : null, item.confidentiality(), date,
                item.documents().stream().map(Manifest.Entry::sha256).toList(), followUps);
    }

    /** A decision per item per meeting: its id follows from both, so a retried decision names the same one. */
    static String decisionId(String meetingId, String agendaItemId) {
        return UUID.nameUUIDFromBytes((meetingId + "/" + agendaItemId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
