package nl.hamerslag.approval.query;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;

import java.time.Instant;

@Schema(description = "Een stap die op u (of, in het overzicht van te late stappen, op iemand) wacht.")
public record InboxItem(
        ProposalId proposalId,
        String routeId,
        @Schema(description = "De versie (SHA-256) die getekend wordt.") ContentHash version,
        String stepId,
        Role role,
        String department,
        @Schema(description = "Sinds wanneer de stap te accorderen is.") Instant dueSince,
        @Schema(description = "De termijn.") Instant dueAt,
        @Schema(description = "De termijn is verstreken.") boolean overdue,
        @Schema(description = "Aan wie de stap is gedelegeerd, als dat zo is.") String delegatedTo,
        @Schema(description = "Wie de stap delegeerde, als dat zo is.") String delegatedBy,
        String mandate,
        Instant reminderSentAt,
        Instant escalatedAt) {
}
