package nl.hamerslag.followup.query;

import nl.hamerslag.contracts.followup.FollowUpKind;
import nl.hamerslag.contracts.followup.QuestionKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up item as the overviews show it.
 *
 * @param overdue  the deadline passed while it was not settled (te laat)
 * @param document the settlement letter or answer, when one was proposed
 */
public record FollowUpItemView(String id, FollowUpKind kind, String state, String meetingId, String decisionId,
                               String commitmentId, String motionId, UUID proposalId, String text,
                               String portfolioHolder, String department, LocalDate deadline, boolean overdue,
                               boolean reminded, boolean escalated, QuestionKind questionKind, String submitter,
                               LocalDate receivedOn, Document document, String lastReason, Instant openedAt,
                               Instant changedAt, Instant settledAt) {

    /** A settlement document: its name, the type read from its bytes, its size and SHA-256. */
    public record Document(String name, String mediaType, long size, String sha256, String proposedBy) {
    }
}
