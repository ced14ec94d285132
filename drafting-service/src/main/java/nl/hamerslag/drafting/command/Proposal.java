package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.drafting.AttachmentKind;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.contracts.drafting.ProposalWithdrawn;
import nl.hamerslag.drafting.command.refusal.MainDocumentExists;
import nl.hamerslag.drafting.command.refusal.MainDocumentMissing;
import nl.hamerslag.drafting.command.refusal.MayNotWithdraw;
import nl.hamerslag.drafting.command.refusal.NoSuchAttachment;
import nl.hamerslag.drafting.command.refusal.NotInSignOff;
import nl.hamerslag.drafting.command.refusal.NotOnAgenda;
import nl.hamerslag.drafting.command.refusal.NotReadyForAgenda;
import nl.hamerslag.drafting.command.refusal.NotTheAuthor;
import nl.hamerslag.drafting.command.refusal.NotTheSubmittedVersion;
import nl.hamerslag.drafting.command.refusal.NotWithdrawable;
import nl.hamerslag.drafting.command.refusal.ProposalNotEditable;
import nl.hamerslag.drafting.command.refusal.ProposalNotSubmittable;
import nl.hamerslag.drafting.command.refusal.ReasonRequired;
import nl.hamerslag.drafting.command.refusal.StaleRevision;
import nl.hamerslag.drafting.command.refusal.TooManyAttachments;
import nl.hamerslag.platform.identity.Caller;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Voorstel: guards what an author, their manager, the route and the meetings may do with a proposal. */
@Aggregate
public class Proposal {

    @AggregateIdentifier
    private ProposalId id;
    private ProposalContent content;
    private String authorSubject;
    private ProposalStatus status;
    private ContentHash submittedVersion;
    /** The agenda item the proposal is on ("meetingId/agendaItemId"), while ON_AGENDA. */
    private String agendaItem;
    private final Map<String, Attachment> attachments = new LinkedHashMap<>();
    private final Set<String> routesKnown = new HashSet<>();
    private final Set<String> named = new HashSet<>();

    /** The current revision of one attachment. */
    private record Attachment(String id, AttachmentKind kind, AttachmentFile file, int revision) {
        Manifest.Entry entry() {
            return new Manifest.Entry(id, kind, file.name(), file.mediaType(), file.size(), file.sha256());
        }
    }

    protected Proposal() {
    }

    @CommandHandler
    public Proposal(DraftProposal command) {
        ProposalLimits.check(command.content());
        ProposalLimits.check("author", command.caller().subject(), ProposalLimits.SUBJECT);
        apply(new ProposalDrafted(command.proposalId(), command.content(), command.content().version(),
                command.caller().actor()));
    }

    @CommandHandler
    public void handle(ReviseProposal command) {
        requireAuthorWhileEditable(command.caller());
        ProposalLimits.check(command.content());
        long revision = AggregateLifecycle.getVersion();
        if (command.expectedRevision() != null && command.expectedRevision() != revision) {
            throw new StaleRevision(id, command.expectedRevision(), revision);
        }
        var changes = content.changesTo(command.content());
        if (!changes.isEmpty()) {
            apply(new ProposalRevised(id, changes, command.content(), command.content().version(),
                    command.caller().actor()));
        }
    }

    @CommandHandler
    public void handle(AddAttachment command, AttachmentLimit limit) {
        requireAuthorWhileEditable(command.caller());
        ProposalLimits.check(command.file());
        ProposalLimits.check("attachment id", command.attachmentId(), ProposalLimits.ATTACHMENT_ID);
        if (attachments.size() >= limit.perProposal()) {
            throw new TooManyAttachments(id, limit.perProposal());
        }
        if (command.kind() == AttachmentKind.MAIN) {
            mainDocument().ifPresent(main -> {
                throw new MainDocumentExists(id, main.id());
            });
        }
        apply(new AttachmentAdded(id, command.attachmentId(), command.kind(), command.file(),
                command.caller().actor()));
    }

    @CommandHandler
    public void handle(ReplaceAttachment command) {
        requireAuthorWhileEditable(command.caller());
        ProposalLimits.check(command.file());
        Attachment current = attachment(command.attachmentId());
        if (!current.file().equals(command.file())) {
            apply(new AttachmentReplaced(id, current.id(), current.kind(), command.file(), current.revision() + 1,
                    current.file().sha256(), command.caller().actor()));
        }
    }

    @CommandHandler
    public void handle(RemoveAttachment command) {
        requireAuthorWhileEditable(command.caller());
        Attachment current = attachment(command.attachmentId());
        apply(new AttachmentRemoved(id, current.id(), current.kind(), command.caller().actor()));
    }

    @CommandHandler
    public void handle(SubmitProposal command) {
        requireAuthor(command.caller());
        if (!status.isEditable()) {
            throw new ProposalNotSubmittable(id, status);
        }
        if (mainDocument().isEmpty()) {
            throw new MainDocumentMissing(id);
        }
        Manifest manifest = new Manifest(content.version(), attachments.values().stream()
                .sorted(Comparator.comparing(Attachment::kind))
                .map(Attachment::entry)
                .toList());
        apply(new ProposalSubmitted(id, manifest.version(), content.type(), content.title(), content.department(),
                content.portfolioHolder(), content.confidentiality(), content.financialConsequences(),
                content.legalConsequences(), content.decidingBody(), authorSubject, manifest));
    }

    @CommandHandler
    public void handle(WithdrawProposal command) {
        Caller caller = command.caller();
        boolean author = caller.actingRole() == Role.AUTHOR && caller.subject().equals(authorSubject);
        boolean departmentManager = caller.actingRole() == Role.MANAGER && caller.isOfDepartment(content.department());
        if (!author && !departmentManager) {
            throw new MayNotWithdraw(id);
        }
        if (status.isFinal()) {
            throw new NotWithdrawable(id, status);
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new ReasonRequired();
        }
        ProposalLimits.check("reason", command.reason().strip(), ProposalLimits.REASON);
        apply(new ProposalWithdrawn(id, caller.actor(), command.reason().strip()));
    }

    @CommandHandler
    public void handle(MarkReturned command) {
        if (status == ProposalStatus.WITHDRAWN) {
            return; // the withdrawal was published; the route closes on it
        }
        requireInSignOff(command.version());
        apply(new ProposalReturned(id, command.routeId(), command.version(), command.remarks()));
    }

    @CommandHandler
    public void handle(MarkApproved command) {
        if (status == ProposalStatus.WITHDRAWN) {
            return;
        }
        requireInSignOff(command.version());
        apply(new ProposalApproved(id, command.routeId(), command.version()));
    }

    @CommandHandler
    public void handle(MarkScheduled command) {
        if (status == ProposalStatus.WITHDRAWN) {
            return; // the withdrawal was published; the agenda item is removed on it
        }
        // ON_AGENDA again: moved to another meeting
        if (status != ProposalStatus.APPROVED && status != ProposalStatus.ON_AGENDA) {
            throw new NotReadyForAgenda(id, status);
        }
        requireSubmittedVersion(command.version());
        apply(new ProposalPutOnAgenda(id, command.meetingId(), command.body(), command.meetingDate(),
                command.agendaItemId(), command.itemType(), command.version()));
    }

    @CommandHandler
    public void handle(RecordDecision command) {
        if (status == ProposalStatus.WITHDRAWN) {
            return;
        }
        if (status != ProposalStatus.ON_AGENDA) {
            throw new NotOnAgenda(id, status);
        }
        requireSubmittedVersion(command.version());
        apply(new DecisionRecorded(id, command.decisionId(), command.meetingId(), command.body(), command.outcome(),
                command.version(), command.decidedAt(), command.nextBody()));
    }

    /**
     * Off the agenda before a decision: approved again, ready for another meeting. An item the
     * proposal has already left (moved to another meeting, taken off before) changes nothing.
     */
    @CommandHandler
    public void handle(MarkUnscheduled command) {
        if (status == ProposalStatus.WITHDRAWN) {
            return; // the withdrawal was published; that is why the item went
        }
        if (status == ProposalStatus.APPROVED) {
            return; // already off the agenda: this item was left earlier
        }
        if (status != ProposalStatus.ON_AGENDA) {
            throw new NotOnAgenda(id, status);
        }
        if (!agendaItem(command.meetingId(), command.agendaItemId()).equals(agendaItem)) {
            return;
        }
        apply(new ProposalTakenOffAgenda(id, command.meetingId(), command.body(), command.agendaItemId(),
                command.reason()));
    }

    /** Whatever the proposal's state: who may see it only grows, and a late route still had its signers. */
    @CommandHandler
    public void handle(RecordRouteSeats command) {
        if (!routesKnown.contains(command.routeId())) {
            apply(new RouteSeatsRecorded(id, command.routeId(), command.seats()));
        }
    }

    @CommandHandler
    public void handle(NameInRoute command) {
        if (!named.contains(command.subject())) {
            apply(new NamedInRoute(id, command.routeId(), command.subject()));
        }
    }

    /** The author, acting as author (not, say, as the manager they also are). */
    private void requireAuthor(Caller caller) {
        if (caller.actingRole() != Role.AUTHOR || !caller.subject().equals(authorSubject)) {
            throw new NotTheAuthor(id);
        }
    }

    private void requireAuthorWhileEditable(Caller caller) {
        requireAuthor(caller);
        if (!status.isEditable()) {
            throw new ProposalNotEditable(id, status);
        }
    }

    private void requireInSignOff(ContentHash version) {
        if (status != ProposalStatus.SUBMITTED) {
            throw new NotInSignOff(id, status);
        }
        requireSubmittedVersion(version);
    }

    private void requireSubmittedVersion(ContentHash version) {
        if (!Objects.equals(version, submittedVersion)) {
            throw new NotTheSubmittedVersion(id, version, submittedVersion);
        }
    }

    private static String agendaItem(String meetingId, String agendaItemId) {
        return meetingId + "/" + agendaItemId;
    }

    private Attachment attachment(String attachmentId) {
        Attachment attachment = attachments.get(attachmentId);
        if (attachment == null) {
            throw new NoSuchAttachment(id, attachmentId);
        }
        return attachment;
    }

    private Optional<Attachment> mainDocument() {
        return attachments.values().stream().filter(a -> a.kind() == AttachmentKind.MAIN).findFirst();
    }

    @EventSourcingHandler
    void on(ProposalDrafted event) {
        id = event.proposalId();
        content = event.content();
        authorSubject = event.author().subject();
        status = ProposalStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(ProposalRevised event) {
        content = event.content();
    }

    @EventSourcingHandler
    void on(AttachmentAdded event) {
        attachments.put(event.attachmentId(), new Attachment(event.attachmentId(), event.kind(), event.file(), 1));
    }

    @EventSourcingHandler
    void on(AttachmentReplaced event) {
        attachments.put(event.attachmentId(),
                new Attachment(event.attachmentId(), event.kind(), event.file(), event.revision()));
    }

    @EventSourcingHandler
    void on(AttachmentRemoved event) {
        attachments.remove(event.attachmentId());
    }

    @EventSourcingHandler
    void on(ProposalSubmitted event) {
        status = ProposalStatus.SUBMITTED;
        submittedVersion = event.version();
    }

    @EventSourcingHandler
    void on(ProposalReturned event) {
        status = ProposalStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(ProposalApproved event) {
        status = ProposalStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(ProposalPutOnAgenda event) {
        status = ProposalStatus.ON_AGENDA;
        agendaItem = agendaItem(event.meetingId(), event.agendaItemId());
    }

    @EventSourcingHandler
    void on(ProposalTakenOffAgenda event) {
        status = ProposalStatus.APPROVED;
        agendaItem = null;
    }

    @EventSourcingHandler
    void on(DecisionRecorded event) {
        status = event.resultingStatus();
        agendaItem = null;
    }

    @EventSourcingHandler
    void on(RouteSeatsRecorded event) {
        routesKnown.add(event.routeId());
    }

    @EventSourcingHandler
    void on(NamedInRoute event) {
        named.add(event.subject());
    }

    @EventSourcingHandler
    void on(ProposalWithdrawn event) {
        status = ProposalStatus.WITHDRAWN;
    }
}
