package nl.hamerslag.meeting.process;

import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.contracts.drafting.ProposalWithdrawn;
import nl.hamerslag.meeting.command.DropWithdrawnProposal;
import nl.hamerslag.meeting.query.ReadyList;
import nl.hamerslag.platform.inbox.Inbox;
import nl.hamerslag.platform.visibility.ProposalAudiences;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Drafting's events, as the ready list needs them: doorsturen ({@link ProposalSubmitted}) says what
 * the proposal is, who may see it and which version (with which documents) awaits approval;
 * intrekken ({@link ProposalWithdrawn}) takes it off the ready list for good, and off the agenda it is
 * on (DropWithdrawnProposal). Each effect runs in the inbox's transaction, so a redelivered record
 * has no second effect.
 */
@Component
public class DraftingEventsTranslator {

    private final Inbox inbox;
    private final ReadyList readyList;
    private final CommandGateway commands;
    private final ProposalAudiences audiences;

    public DraftingEventsTranslator(Inbox inbox, ReadyList readyList, CommandGateway commands,
                                    ProposalAudiences audiences) {
        this.inbox = inbox;
        this.readyList = readyList;
        this.commands = commands;
        this.audiences = audiences;
    }

    @KafkaListener(topics = Topics.DRAFTING)
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive("meeting.proposal-submitted", record, ProposalSubmitted.class, event -> {
            readyList.submitted(event, Translation.occurredAt(record));
            audiences.submitted(event);
        });
        inbox.receive("meeting.proposal-withdrawn", record, ProposalWithdrawn.class, event -> {
            var meeting = readyList.scheduledOn(event.proposalId());
            readyList.withdrawn(event.proposalId(), Translation.occurredAt(record));
            meeting.ifPresent(id -> commands.sendAndWait(new DropWithdrawnProposal(id, event.proposalId(), event.reason())));
        });
    }
}
