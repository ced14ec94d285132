package nl.hamerslag.followup.process;

import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.followup.FollowUpKind;
import nl.hamerslag.contracts.meeting.CommitmentMade;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.contracts.meeting.FollowUpAction;
import nl.hamerslag.contracts.meeting.InstrumentOutcome;
import nl.hamerslag.contracts.meeting.MotionDecided;
import nl.hamerslag.followup.command.OpenFollowUpItem;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a meeting asks to be followed up becomes follow-up items: each follow-up action of a decision
 * taken (not of one postponed, rejected or withdrawn), each commitment made, and each motion adopted
 * (its execution). An item's id is derived from its source, so the same source never opens two items.
 */
@Component
public class MeetingEventsTranslator {

    private static final Set<DecisionOutcome> DECIDED = EnumSet.of(DecisionOutcome.AS_PROPOSED, DecisionOutcome.AMENDED);
    private static final Caller SYSTEM = Caller.system("followup");

    private final Inbox inbox;
    private final CommandGateway commands;

    public MeetingEventsTranslator(Inbox inbox, CommandGateway commands) {
        this.inbox = inbox;
        this.commands = commands;
    }

    @KafkaListener(topics = Topics.MEETING)
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive("followup.decision-taken", record, DecisionTaken.class, this::decisionTaken);
        inbox.receive("followup.commitment-made", record, CommitmentMade.class, event ->
                commands.sendAndWait(new OpenFollowUpItem(itemId("commitment", event.commitmentId()),
                        FollowUpKind.COMMITMENT, event.meetingId(), null, event.commitmentId(), null, event.proposalId(),
                        event.text(), event.portfolioHolder() == null ? event.madeBy() : event.portfolioHolder(), null,
                        event.deadline(), SYSTEM)));
        inbox.receive("followup.motion-decided", record, MotionDecided.class, event -> {
            if (event.outcome() == InstrumentOutcome.ADOPTED) {
                commands.sendAndWait(new OpenFollowUpItem(itemId("motion", event.motionId()), FollowUpKind.MOTION,
                        event.meetingId(), null, null, event.motionId(), event.proposalId(),
                        event.title() == null ? event.text() : event.title() + ": " + event.text(), null, null, null,
                        SYSTEM));
            }
        });
    }

    private void decisionTaken(DecisionTaken event) {
        if (!DECIDED.contains(event.outcome())) {
            return;
        }
        List<FollowUpAction> actions = event.followUpActions();
        for (int i = 0; i < actions.size(); i++) {
            FollowUpAction action = actions.get(i);
            commands.sendAndWait(new OpenFollowUpItem(itemId("decision", event.decisionId() + "#" + i), FollowUpKind.ACTION,
                    event.meetingId(), event.decisionId(), null, null, event.proposalId(), action.description(),
                    action.portfolioHolder(), action.department(), action.deadline(), SYSTEM));
        }
    }

    /** The id of the item for a source: the same source always gives the same id. */
    static String itemId(String kind, String sourceId) {
        return UUID.nameUUIDFromBytes((kind + ":" + sourceId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
