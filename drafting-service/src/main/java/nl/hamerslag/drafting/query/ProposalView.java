package nl.hamerslag.drafting.query;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.approval.ReturnedForRevision.Remark;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.drafting.command.ProposalStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A proposal as readers see it.
 *
 * @param version          SHA-256 of the current fields
 * @param submittedVersion the version (manifest hash) last submitted
 * @param revision         changes with every event of the proposal; the ETag
 * @param returnRemarks    the signers' remarks when it was last returned; null otherwise
 * @param nextBody         for a council proposal adopted by the college: the body it goes to next
 */
public record ProposalView(UUID id, ProposalType type, String title, String summary, String portfolioHolder,
                           String department, Confidentiality confidentiality, boolean financialConsequences,
                           boolean legalConsequences, DecidingBody decidingBody, LocalDate wishedMeetingDate,
                           UUID relatedProposal, List<String> tags, String author, String authorName,
                           ProposalStatus status, String version, String submittedVersion, long revision,
                           boolean hasMainDocument, List<Remark> returnRemarks, DecidingBody nextBody,
                           Agenda agenda, Decision decision, Withdrawal withdrawal, Instant createdAt,
                           Instant updatedAt) {

    /** Where the proposal is on an agenda (status ON_AGENDA). */
    @Schema(name = "ProposalAgenda")
    public record Agenda(String meetingId, DecidingBody body, LocalDate meetingDate, String agendaItemId,
                         AgendaItemType itemType) {
    }

    /** The last decision of a meeting about it. */
    @Schema(name = "ProposalDecision")
    public record Decision(String decisionId, String meetingId, DecidingBody body, DecisionOutcome outcome,
                           Instant decidedAt) {
    }

    /** Who withdrew it and why. */
    @Schema(name = "ProposalWithdrawal")
    public record Withdrawal(String by, String reason) {
    }
}
