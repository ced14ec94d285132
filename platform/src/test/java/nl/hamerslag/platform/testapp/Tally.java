package nl.hamerslag.platform.testapp;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.testapp.TallyMessages.CountTally;
import nl.hamerslag.platform.testapp.TallyMessages.CreateTally;
import nl.hamerslag.platform.testapp.TallyMessages.TallyCounted;
import nl.hamerslag.platform.testapp.TallyMessages.TallyCreated;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate
class Tally {

    @AggregateIdentifier
    private String tallyId;
    private ProposalId proposalId;
    private int count;

    Tally() {
    }

    @CommandHandler
    Tally(CreateTally command) {
        apply(new TallyCreated(command.tallyId(), command.proposalId(), command.name()));
    }

    @CommandHandler
    void handle(CountTally command) {
        apply(new TallyCounted(proposalId, tallyId, count + 1));
    }

    @EventSourcingHandler
    void on(TallyCreated event) {
        tallyId = event.tallyId();
        proposalId = event.proposalId();
    }

    @EventSourcingHandler
    void on(TallyCounted event) {
        count = event.number();
    }
}
