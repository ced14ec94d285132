package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.contracts.meeting.FollowUpAction;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Record the decision on one agenda item.
 *
 * @param decisionText null for the outcome's usual text
 * @param amendedText  the amended text, for AMENDED only
 * @param nextBody     null to let the rule say (college → committee → council for a council proposal)
 */
public record DecideItem(@TargetAggregateIdentifier String meetingId, String agendaItemId, DecisionOutcome outcome,
                         String decisionText, String amendedText, List<FollowUpAction> followUpActions,
                         DecidingBody nextBody, Instant at, Caller caller) implements CallerCommand {

    public DecideItem {
        followUpActions = followUpActions == null ? List.of() : List.copyOf(followUpActions);
    }
}
