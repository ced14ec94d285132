package nl.hamerslag.drafting.process;

import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.contracts.meeting.ProposalScheduled;
import nl.hamerslag.contracts.meeting.ProposalUnscheduled;
import nl.hamerslag.drafting.command.MarkScheduled;
import nl.hamerslag.drafting.command.MarkUnscheduled;
import nl.hamerslag.drafting.command.RecordDecision;
import nl.hamerslag.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Agendas and decisions of the meetings move the proposal on: on the agenda, off it again, decided, postponed, next body. */
@Component
public class MeetingEventsTranslator {

    private final Inbox inbox;
    private final CommandGateway commands;

    public MeetingEventsTranslator(Inbox inbox, CommandGateway commands) {
        this.inbox = inbox;
        this.commands = commands;
    }

    @KafkaListener(topics = Topics.MEETING)
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive("drafting.proposal-scheduled", record, ProposalScheduled.class, event ->
                commands.sendAndWait(new MarkScheduled(event.proposalId(), event.meetingId(), event.body(),
                        event.meetingDate(), event.agendaItemId(), event.itemType(), event.version())));
        inbox.receive("drafting.proposal-unscheduled", record, ProposalUnscheduled.class, event ->
                commands.sendAndWait(new MarkUnscheduled(event.proposalId(), event.meetingId(), event.body(),
                        event.agendaItemId(), event.reason())));
        inbox.receive("drafting.decision-taken", record, DecisionTaken.class, event ->
                commands.sendAndWait(new RecordDecision(event.proposalId(), event.decisionId(), event.meetingId(),
                        event.body(), event.outcome(), event.version(), event.decidedAt(), event.nextBody())));
    }
}
