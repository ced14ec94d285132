package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.drafting.command.DraftingCommands.DraftProposal;
import nl.hamerslag.drafting.command.DraftingCommands.MarkApproved;
import nl.hamerslag.drafting.command.DraftingCommands.SubmitProposal;
import nl.hamerslag.drafting.command.ProposalRefusals.ApprovalOfAnotherVersion;
import nl.hamerslag.drafting.command.ProposalRefusals.NotInSignOff;
import nl.hamerslag.drafting.command.ProposalRefusals.NotTheAuthor;
import nl.hamerslag.drafting.command.ProposalRefusals.ProposalNotSubmittable;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Voorstel: guards what an author and the route may do with a proposal. */
@Aggregate
public class Proposal {

    @AggregateIdentifier
    private ProposalId id;
    private ProposalContent content;
    private String authorSubject;
    private ProposalStatus status;
    private ContentHash submittedVersion;

    protected Proposal() {
    }

    @CommandHandler
    public Proposal(DraftProposal command) {
        apply(new ProposalDrafted(command.proposalId(), command.content(), command.content().version(), command.author()));
    }

    @CommandHandler
    public void handle(SubmitProposal command) {
        if (!command.submitter().subject().equals(authorSubject)) {
            throw new NotTheAuthor(id);
        }
        if (status != ProposalStatus.DRAFT) {
            throw new ProposalNotSubmittable(id, status);
        }
        Manifest manifest = new Manifest(content.version(), List.of());
        apply(new ProposalSubmitted(id, manifest.version(), content.type(), content.title(), content.department(),
                content.portfolioHolder(), content.confidentiality(), content.financialConsequences(),
                content.legalConsequences(), content.decidingBody(), authorSubject, manifest));
    }

    @CommandHandler
    public void handle(MarkApproved command) {
        if (status != ProposalStatus.SUBMITTED) {
            throw new NotInSignOff(id, status);
        }
        if (!command.version().equals(submittedVersion)) {
            throw new ApprovalOfAnotherVersion(id, command.version(), submittedVersion);
        }
        apply(new ProposalApproved(id, command.routeId(), command.version()));
    }

    @EventSourcingHandler
    void on(ProposalDrafted event) {
        id = event.proposalId();
        content = event.content();
        authorSubject = event.author().subject();
        status = ProposalStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(ProposalSubmitted event) {
        status = ProposalStatus.SUBMITTED;
        submittedVersion = event.version();
    }

    @EventSourcingHandler
    void on(ProposalApproved event) {
        status = ProposalStatus.APPROVED;
    }
}
