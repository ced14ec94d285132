package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.approval.ReturnedForRevision.Remark;
import nl.hamerslag.contracts.drafting.AttachmentKind;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The commands of the drafting context. */
public final class DraftingCommands {

    /** Opstellen: start a new proposal. */
    public record DraftProposal(@TargetAggregateIdentifier ProposalId proposalId, ProposalContent content, Actor author) {
    }

    /**
     * Herzien: replace the fields with {@code content}. {@code expectedRevision} is the revision the
     * author read (the ETag); null when the author did not send one.
     */
    public record ReviseProposal(@TargetAggregateIdentifier ProposalId proposalId, ProposalContent content,
                                 Long expectedRevision, Actor reviser) {
    }

    /** Add the main document or a bijlage. */
    public record AddAttachment(@TargetAggregateIdentifier ProposalId proposalId, String attachmentId,
                                AttachmentKind kind, AttachmentFile file, Actor by) {
    }

    /** A new version of an attachment that is already there. */
    public record ReplaceAttachment(@TargetAggregateIdentifier ProposalId proposalId, String attachmentId,
                                    AttachmentFile file, Actor by) {
    }

    public record RemoveAttachment(@TargetAggregateIdentifier ProposalId proposalId, String attachmentId, Actor by) {
    }

    /** Doorsturen: send the proposal into the sign-off route; only its author may. */
    public record SubmitProposal(@TargetAggregateIdentifier ProposalId proposalId, Actor submitter) {
    }

    /**
     * Terugtrekken, by the author or by a manager of the proposal's department.
     *
     * @param department the department in the withdrawer's token; null when it has none
     */
    public record WithdrawProposal(@TargetAggregateIdentifier ProposalId proposalId, Actor by, String department,
                                   String reason) {
    }

    /** The sign-off route of {@code version} ended in a refusal. */
    public record MarkReturned(@TargetAggregateIdentifier ProposalId proposalId, String routeId, ContentHash version,
                               List<Remark> remarks) {
    }

    /** The sign-off route of {@code version} completed. */
    public record MarkApproved(@TargetAggregateIdentifier ProposalId proposalId, String routeId, ContentHash version) {
    }

    /** The proposal became an agenda item of a meeting. */
    public record MarkScheduled(@TargetAggregateIdentifier ProposalId proposalId, String meetingId, DecidingBody body,
                                LocalDate meetingDate, String agendaItemId, AgendaItemType itemType,
                                ContentHash version) {
    }

    /** A meeting decided on the proposal's agenda item. */
    public record RecordDecision(@TargetAggregateIdentifier ProposalId proposalId, String decisionId, String meetingId,
                                 DecidingBody body, DecisionOutcome outcome, ContentHash version, Instant decidedAt,
                                 DecidingBody nextBody) {
    }

    private DraftingCommands() {
    }
}
