package nl.hamerslag.approval.process;

import nl.hamerslag.approval.command.OpenRoute;
import nl.hamerslag.approval.command.RouteStatus;
import nl.hamerslag.approval.command.Submission;
import nl.hamerslag.approval.command.SupersedeRoute;
import nl.hamerslag.approval.query.RouteQueries;
import nl.hamerslag.approval.query.RouteView;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.contracts.drafting.ProposalWithdrawn;
import nl.hamerslag.platform.inbox.Inbox;
import nl.hamerslag.platform.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Drafting's events that move routes. Doorsturen ({@link ProposalSubmitted}) opens the route of that
 * submission and supersedes the proposal's earlier route that is still open or was returned;
 * intrekken ({@link ProposalWithdrawn}) supersedes the open route with reason "withdrawn". The inbox
 * records each event id in the same transaction as its effect, so a redelivered record has no second
 * effect; other drafting events are passed over. Records of one proposal arrive in order (one
 * partition per dossier key), so the current route read here is the one the event is about.
 */
@Component
class DraftingEventsTranslator {

    static final String CONSUMER = "approval.proposal-submitted";
    static final String WITHDRAWN = "withdrawn";

    private static final Logger log = LoggerFactory.getLogger(DraftingEventsTranslator.class);

    private final Inbox inbox;
    private final CommandGateway commands;
    private final RouteQueries routes;

    DraftingEventsTranslator(Inbox inbox, CommandGateway commands, RouteQueries routes) {
        this.inbox = inbox;
        this.commands = commands;
        this.routes = routes;
    }

    @KafkaListener(topics = Topics.DRAFTING)
    void on(ConsumerRecord<String, byte[]> record) {
        String eventId = IncomingEvent.from(record).eventId();
        inbox.receive(CONSUMER, record, ProposalSubmitted.class, submitted -> submitted(eventId, submitted));
        inbox.receive(CONSUMER, record, ProposalWithdrawn.class, this::withdrawn);
    }

    private void submitted(String eventId, ProposalSubmitted submitted) {
        Optional<RouteView> current = routes.latestRoute(submitted.proposalId());
        if (current.isPresent() && current.get().version().equals(submitted.version())
                && (current.get().status() == RouteStatus.OPEN || current.get().status() == RouteStatus.COMPLETED)) {
            log.info("Proposal {} version {} already has route {} ({}); the submission {} sent again opens no second route",
                    submitted.proposalId(), submitted.version(), current.get().routeId(), current.get().status(), eventId);
            return;
        }
        current.filter(route -> route.status() == RouteStatus.OPEN || route.status() == RouteStatus.RETURNED)
                .ifPresent(route -> commands.sendAndWait(new SupersedeRoute(route.routeId(),
                        "resubmitted as version " + submitted.version())));
        commands.sendAndWait(OpenRoute.forSubmission(eventId, submitted.proposalId(), submitted.version(),
                new Submission(submitted.type(), submitted.decidingBody(), submitted.financialConsequences(),
                        submitted.legalConsequences(), submitted.department(), submitted.author(),
                        submitted.confidentiality())));
    }

    private void withdrawn(ProposalWithdrawn withdrawn) {
        routes.latestRoute(withdrawn.proposalId())
                .filter(route -> route.status() == RouteStatus.OPEN)
                .ifPresent(route -> commands.sendAndWait(new SupersedeRoute(route.routeId(), WITHDRAWN)));
    }
}
